package org.fooddelivery.events.order;

import org.fooddelivery.events.DomainEvent;

/**
 * The customer's cancel or change ({@code request} CANCEL or CHANGE) stayed unanswered by the
 * kitchen through every re-ask: it is on the operators' list now, and the customer is told.
 */
public record OrderRequestEscalated(String orderId, String customerId, String request, int reasks)
        implements DomainEvent {
}
