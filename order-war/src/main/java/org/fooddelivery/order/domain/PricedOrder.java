package org.fooddelivery.order.domain;

import java.util.List;

/** The lines of an order with the store's prices, and what they add up to. */
public record PricedOrder(List<OrderLine> lines, long total) {
}
