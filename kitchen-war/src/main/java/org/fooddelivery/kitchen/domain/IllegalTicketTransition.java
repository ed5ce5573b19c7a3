package org.fooddelivery.kitchen.domain;

import org.fooddelivery.platform.application.StateConflictException;

/**
 * A command the ticket's current state forbids (start before accept, accept after cancel, ...):
 * refused as a conflict with the current state (409), and nothing changes.
 */
public class IllegalTicketTransition extends StateConflictException {

    public IllegalTicketTransition(String message) {
        super(message);
    }
}
