package org.fooddelivery.events.kitchen;

import org.fooddelivery.events.DomainEvent;

/** The change cannot be honoured (OUT_OF_STOCK, COOKING_STARTED, ...): the order stays as it was. */
public record TicketChangeRefused(String orderId, int changeNumber, String reason) implements DomainEvent {
}
