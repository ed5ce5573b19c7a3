package org.fooddelivery.order.domain;

/** A cancel or change the customer asked for, which the kitchen decides asynchronously. */
public enum CustomerRequest {
    CANCEL, CHANGE
}
