package org.fooddelivery.order.client;

/** The kitchen knows no such store: a client mistake, not a failure of the kitchen. */
public class UnknownStoreException extends RuntimeException {

    public UnknownStoreException(String message) {
        super(message);
    }
}
