package org.fooddelivery.order.domain;

import org.fooddelivery.platform.application.StateConflictException;

/** A customer command the order's current state forbids (cancel after cooking started, ...): 409. */
public class OrderStateException extends StateConflictException {

    public OrderStateException(String message) {
        super(message);
    }
}
