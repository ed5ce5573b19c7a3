package org.fooddelivery.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fooddelivery.order.domain.Order;
import org.fooddelivery.order.domain.OrderRepository;

/** Reading one order, for its own customer only. */
@ApplicationScoped
public class OrderQueries {

    @Inject
    OrderRepository orders;

    public Order orderOf(String customerId, String orderId) {
        return OrderUpdates.own(customerId, orderId, orders.find(orderId).orElse(null));
    }
}
