package org.fooddelivery.events.order;

import org.fooddelivery.events.DomainEvent;

import java.util.List;

/**
 * A paid order exists. Published by order-war in the same transaction that stores the order;
 * never for an unpaid order. The kitchen creates its ticket and reserves stock from it.
 */
public record OrderPlaced(String orderId, String customerId, long storeId, List<OrderLineItem> items,
                          long totalAmount, DeliveryAddress deliveryAddress, String paymentId) implements DomainEvent {
}
