package org.fooddelivery.delivery.domain;

public enum DeliveryStatus {
    /** Cooked and waiting: riders near the customer see it. */
    READY_FOR_PICKUP,
    /** A rider has it. */
    PICKED_UP,
    /** The customer confirmed receipt. */
    DELIVERED,
    /** The order ended (rejected, cancelled) before it was delivered: no rider may take or bring it. */
    WITHDRAWN
}
