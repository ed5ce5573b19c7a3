package org.fooddelivery.events.kitchen;

import org.fooddelivery.events.DomainEvent;

/** The kitchen took the customer's cancellation before cooking; reserved stock is released. */
public record TicketCancelled(String orderId) implements DomainEvent {
}
