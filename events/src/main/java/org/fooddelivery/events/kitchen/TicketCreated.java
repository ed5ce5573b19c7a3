package org.fooddelivery.events.kitchen;

import org.fooddelivery.events.DomainEvent;

/** The store received the order and its stock is reserved (F3). */
public record TicketCreated(String orderId, long storeId, String storeName) implements DomainEvent {
}
