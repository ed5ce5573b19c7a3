package org.fooddelivery.order.domain;

public enum RequestOutcome {
    /** Sent to the kitchen, no answer yet: the order shows CANCEL_REQUESTED or CHANGE_REQUESTED. */
    PENDING,
    /** The kitchen took it. */
    DONE,
    /** The kitchen could not honour it (reason says why); the order is as it was. */
    REFUSED
}
