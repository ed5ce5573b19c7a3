package org.fooddelivery.events.order;

/** One priced dish of an order, as events carry it. */
public record OrderLineItem(long menuId, String name, int quantity, long unitPrice) {
}
