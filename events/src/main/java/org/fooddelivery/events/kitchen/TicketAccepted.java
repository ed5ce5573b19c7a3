package org.fooddelivery.events.kitchen;

import org.fooddelivery.events.DomainEvent;

public record TicketAccepted(String orderId) implements DomainEvent {
}
