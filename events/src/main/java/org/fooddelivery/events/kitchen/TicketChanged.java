package org.fooddelivery.events.kitchen;

import org.fooddelivery.events.DomainEvent;

/** The kitchen took the change: stock for the new dishes is reserved, for the old ones released. */
public record TicketChanged(String orderId, int changeNumber) implements DomainEvent {
}
