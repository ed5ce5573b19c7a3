package org.fooddelivery.contracts.events.order;

import org.fooddelivery.contracts.events.DomainEvent;

import java.util.List;

/**
 * A paid order exists. Published by order-war in the same transaction that stores the order;
 * never for an unpaid order. The kitchen creates its ticket and reserves stock from it.
 */
public record OrderPlaced(String orderId, String customerId, long storeId, List<Line> items,
                          long totalAmount, Address deliveryAddress, String paymentId) implements DomainEvent {

    public record Line(long menuId, String name, int quantity, long unitPrice) {
    }

    public record Address(String area, String street, Double lat, Double lng) {
    }
}
