package org.fooddelivery.order.domain;

import org.fooddelivery.events.order.OrderStatus;

/** A cancel or change the customer asked for, which the kitchen decides asynchronously. */
public enum CustomerRequest {
    CANCEL(OrderStatus.Passing.CANCEL_REQUESTED), CHANGE(OrderStatus.Passing.CHANGE_REQUESTED);

    private final OrderStatus.Passing displayStatus;

    CustomerRequest(OrderStatus.Passing displayStatus) {
        this.displayStatus = displayStatus;
    }

    /** What clients see instead of the order's status while the kitchen decides (contract §3). */
    public OrderStatus.Passing displayStatus() {
        return displayStatus;
    }
}
