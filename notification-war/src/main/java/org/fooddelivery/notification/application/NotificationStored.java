package org.fooddelivery.notification.application;

/** Fired inside the storing transaction; observed after it commits, to send the message. */
public record NotificationStored(String notificationId) {
}
