package org.fooddelivery.events.order;

import org.fooddelivery.events.DomainEvent;

/** The customer confirmed receipt (F11): payment settles, the store may thank the customer. */
public record OrderCompleted(String orderId, String customerId, long storeId) implements DomainEvent {
}
