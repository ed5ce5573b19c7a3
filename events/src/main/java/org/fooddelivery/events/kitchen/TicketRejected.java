package org.fooddelivery.events.kitchen;

import org.fooddelivery.events.DomainEvent;

/** The store will not cook the order; any reserved stock is released. Reasons: see {@link RejectionReasons}. */
public record TicketRejected(String orderId, String reason) implements DomainEvent {
}
