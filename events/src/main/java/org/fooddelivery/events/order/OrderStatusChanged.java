package org.fooddelivery.events.order;

import org.fooddelivery.events.DomainEvent;

/**
 * The order's lifecycle status changed (PLACED, ACCEPTED, COOKING, READY, PICKED_UP, COMPLETED,
 * REJECTED, CANCELLED). Order-war owns the status, so it alone announces every change, once, in
 * the transaction that makes it: notifications (F10) and the tracking view (F9) follow it.
 */
public record OrderStatusChanged(String orderId, String customerId, long storeId, String status,
                                 String previousStatus, String reason) implements DomainEvent {
}
