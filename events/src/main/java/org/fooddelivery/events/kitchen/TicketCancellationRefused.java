package org.fooddelivery.events.kitchen;

import org.fooddelivery.events.DomainEvent;

/** Too late to cancel (cooking started, or the ticket is closed): the order goes on as it was. */
public record TicketCancellationRefused(String orderId, String reason) implements DomainEvent {
}
