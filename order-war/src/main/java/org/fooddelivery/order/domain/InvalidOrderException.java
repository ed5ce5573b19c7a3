package org.fooddelivery.order.domain;

/** An order request that breaks a rule of the domain; {@code field} says where, as the client wrote it. */
public class InvalidOrderException extends RuntimeException {

    private final String field;

    public InvalidOrderException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
