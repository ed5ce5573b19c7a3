package org.fooddelivery.order.domain;

/** A customer command the order's current state forbids (cancel after cooking started, ...). */
public class OrderStateException extends RuntimeException {

    public OrderStateException(String message) {
        super(message);
    }
}
