package org.fooddelivery.events.order;

import org.fooddelivery.events.DomainEvent;

/**
 * The customer wants to cancel. Only the kitchen knows whether cooking has started, so it
 * decides: TicketCancelled or TicketCancellationRefused.
 */
public record OrderCancellationRequested(String orderId, String customerId) implements DomainEvent {
}
