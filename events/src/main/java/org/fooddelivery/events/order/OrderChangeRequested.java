package org.fooddelivery.events.order;

import org.fooddelivery.events.DomainEvent;

import java.util.List;

/**
 * The customer wants different dishes, already priced from the current menu. The kitchen
 * decides (cooking not started, stock available): TicketChanged or TicketChangeRefused.
 * {@code changeNumber} counts the order's changes, so late or repeated answers are recognised.
 */
public record OrderChangeRequested(String orderId, int changeNumber, List<OrderLineItem> items, long totalAmount)
        implements DomainEvent {
}
