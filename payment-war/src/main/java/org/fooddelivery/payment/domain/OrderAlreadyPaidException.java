package org.fooddelivery.payment.domain;

import org.fooddelivery.platform.application.StateConflictException;

/** A charge for an order another customer, or another amount, has paid already: 409, nothing charged. */
public class OrderAlreadyPaidException extends StateConflictException {

    public OrderAlreadyPaidException(String orderId) {
        super("order " + orderId + " is already paid with a different amount or by someone else");
    }
}
