package org.fooddelivery.platform.application;

/**
 * A value of the request that no state could make acceptable (an unknown store, a quantity of 0):
 * 400, naming the field.
 */
public class InvalidRequestException extends RefusedException {

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
