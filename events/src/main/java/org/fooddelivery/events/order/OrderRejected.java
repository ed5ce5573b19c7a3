package org.fooddelivery.events.order;

import org.fooddelivery.events.DomainEvent;

/**
 * The store rejected the order (its own reason, OUT_OF_STOCK or STORE_TIMEOUT): payment refunds
 * it in full.
 */
public record OrderRejected(String orderId, String reason) implements DomainEvent {
}
