package org.fooddelivery.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fooddelivery.events.order.OrderStatus;

import java.time.Instant;

/**
 * The kitchen accepted, started or finished cooking, or a rider picked the order up: the order
 * moves forward to that status, never back (facts overtaking each other change nothing).
 */
@ApplicationScoped
public class AdvanceOrder {

    @Inject
    OrderUpdates updates;

    public void to(String orderId, OrderStatus next) {
        updates.onFact(orderId, order -> order.advanceTo(next, Instant.now()));
    }
}
