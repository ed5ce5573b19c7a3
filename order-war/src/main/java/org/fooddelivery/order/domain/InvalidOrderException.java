package org.fooddelivery.order.domain;

import org.fooddelivery.platform.application.InvalidRequestException;

/** An order request that breaks a rule of the domain; {@code field} says where, as the client wrote it: 400. */
public class InvalidOrderException extends InvalidRequestException {

    public InvalidOrderException(String field, String message) {
        super(field, message);
    }
}
