package org.fooddelivery.contracts.events.kitchen;

import org.fooddelivery.contracts.events.DomainEvent;

public record TicketAccepted(String orderId) implements DomainEvent {
}
