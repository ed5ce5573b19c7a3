package org.fooddelivery.kitchen.domain;

/** A command the ticket's current state forbids (start before accept, accept after cancel, ...). */
public class IllegalTicketTransition extends RuntimeException {

    public IllegalTicketTransition(String message) {
        super(message);
    }
}
