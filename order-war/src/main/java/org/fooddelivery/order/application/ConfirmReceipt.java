package org.fooddelivery.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fooddelivery.order.domain.Order;

import java.time.Instant;

/**
 * F11: the customer received the food. The order completes, payment settles and the store's
 * thank-you follows; confirming again changes nothing, confirming before pickup is a 409.
 */
@ApplicationScoped
public class ConfirmReceipt {

    @Inject
    OrderUpdates updates;

    @Inject
    OrderEvents events;

    public Order confirm(String customerId, String orderId) {
        return updates.byCustomer(customerId, orderId, order -> {
            if (order.confirmDelivery(Instant.now())) {
                events.completed(order);
            }
            return order;
        });
    }
}
