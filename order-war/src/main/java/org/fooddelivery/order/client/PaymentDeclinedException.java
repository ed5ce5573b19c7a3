package org.fooddelivery.order.client;

/** The card was refused: the payment service did its job, so this never trips the breaker. */
public class PaymentDeclinedException extends RuntimeException {

    public PaymentDeclinedException(String message) {
        super(message);
    }
}
