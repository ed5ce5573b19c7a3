package org.fooddelivery.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fooddelivery.order.domain.Order;
import org.fooddelivery.order.domain.OrderRepository;
import org.fooddelivery.order.domain.PricedOrder;
import org.fooddelivery.order.domain.RequestedItem;

import java.time.Instant;
import java.util.List;

/**
 * F13: the customer changes the dishes. Re-priced from the store's current menu, then the kitchen
 * is asked, which re-reserves stock or refuses: the order shows CHANGE_REQUESTED until it answers.
 * Payment adjusts to the new total once the kitchen took it.
 */
@ApplicationScoped
public class ChangeOrder {

    @Inject
    OrderRepository orders;

    @Inject
    OrderPricing pricing;

    @Inject
    OrderUpdates updates;

    @Inject
    OrderEvents events;

    public Order change(String customerId, String orderId, List<RequestedItem> items) {
        // Fails fast, before calling the catalog, when the order can no longer change; checked
        // again under the lock, where the order may have moved on meanwhile.
        Order current = OrderUpdates.own(customerId, orderId, orders.find(orderId).orElse(null));
        current.requireChangeable();
        PricedOrder priced = pricing.price(current.getStoreId(), items);
        return updates.byCustomer(customerId, orderId, order -> {
            order.requestChange(priced, Instant.now());
            events.requestPending(order);
            return order;
        });
    }
}
