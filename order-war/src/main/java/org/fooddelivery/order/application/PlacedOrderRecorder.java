package org.fooddelivery.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fooddelivery.order.domain.Order;
import org.fooddelivery.order.domain.OrderRepository;

/**
 * Stores a paid order and announces it in one XA transaction: never an order without its
 * OrderPlaced event, never an event without its order.
 */
@ApplicationScoped
public class PlacedOrderRecorder {

    @Inject
    OrderRepository orders;

    @Inject
    OrderEvents events;

    @Transactional
    public Order record(Order order) {
        orders.add(order);
        events.placed(order);
        events.statusChanged(order, null);
        return order;
    }
}
