package org.fooddelivery.contracts.events.order;

import org.fooddelivery.contracts.events.DomainEvent;

/**
 * The customer wants to cancel. Only the kitchen knows whether cooking has started, so it
 * decides: TicketCancelled or TicketCancellationRefused.
 */
public record OrderCancellationRequested(String orderId, String customerId) implements DomainEvent {
}
