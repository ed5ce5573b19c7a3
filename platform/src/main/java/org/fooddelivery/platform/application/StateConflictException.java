package org.fooddelivery.platform.application;

/** The request is valid but the current state forbids it (cancel after cooking started): 409. */
public class StateConflictException extends RefusedException {

    public StateConflictException(String detail) {
        super(detail);
    }
}
