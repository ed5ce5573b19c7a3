package org.fooddelivery.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fooddelivery.events.kitchen.RejectionReasons;
import org.fooddelivery.events.order.OrderStatus;

import java.time.Instant;

/**
 * The order ends early: the kitchen rejected it (or its payment was voided), or cancelled it at
 * the customer's request. Announced once (OrderRejected, OrderCancelled), which payment refunds.
 */
@ApplicationScoped
public class CloseOrder {

    @Inject
    OrderUpdates updates;

    @Inject
    OrderEvents events;

    public void rejected(String orderId, String reason) {
        close(orderId, OrderStatus.REJECTED, reason);
    }

    public void cancelledByCustomer(String orderId) {
        close(orderId, OrderStatus.CANCELLED, RejectionReasons.CANCELLED_BY_CUSTOMER);
    }

    private void close(String orderId, OrderStatus exit, String reason) {
        updates.onFact(orderId, order -> {
            if (order.close(exit, reason, Instant.now())) {
                events.closed(order);
            }
        });
    }
}
