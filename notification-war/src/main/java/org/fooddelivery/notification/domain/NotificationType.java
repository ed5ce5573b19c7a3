package org.fooddelivery.notification.domain;

public enum NotificationType {
    /** F10: the order's status changed. */
    STATUS_CHANGED,
    /** F12: the store thanks the customer. */
    THANK_YOU
}
