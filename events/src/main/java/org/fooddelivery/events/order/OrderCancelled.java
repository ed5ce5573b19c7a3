package org.fooddelivery.events.order;

import org.fooddelivery.events.DomainEvent;

/** The order ended before cooking at the customer's wish: payment refunds it in full. */
public record OrderCancelled(String orderId, String reason) implements DomainEvent {
}
