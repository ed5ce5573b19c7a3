package org.fooddelivery.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fooddelivery.order.domain.Order;
import org.fooddelivery.order.domain.OrderRepository;
import org.fooddelivery.order.domain.PricedOrder;
import org.fooddelivery.order.domain.RequestedItem;

import java.util.List;

/**
 * F13: re-price the new dishes from the store's current menu, then ask the kitchen, which
 * re-reserves stock or refuses. Payment adjusts to the new total once the kitchen took it.
 */
@ApplicationScoped
public class OrderChanges {

    @Inject
    OrderCommands commands;

    @Inject
    OrderRepository orders;

    @Inject
    OrderPricing pricing;

    public Order change(String customerId, String orderId, List<RequestedItem> items) {
        commands.checkChangeable(customerId, orderId);
        long storeId = orders.find(orderId).orElseThrow().getStoreId();
        PricedOrder priced = pricing.price(storeId, items);
        return commands.change(customerId, orderId, priced);
    }
}
