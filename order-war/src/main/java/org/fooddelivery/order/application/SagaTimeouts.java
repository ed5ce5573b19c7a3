package org.fooddelivery.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fooddelivery.order.domain.Order;
import org.fooddelivery.order.domain.OrderRepository;
import org.fooddelivery.events.order.OrderStatus;

import java.time.Instant;

/**
 * Order-war's saga timeouts, one order per transaction: the row is locked and the rule checked
 * again under the lock, so a second replica running the same job at the same moment (or the
 * customer confirming, or the kitchen's answer arriving) finds nothing left to do.
 */
@ApplicationScoped
public class SagaTimeouts {

    @Inject
    OrderRepository orders;

    @Inject
    OrderEvents events;

    /** @return true if the order completed now, as its customer's confirmation would have */
    @Transactional
    public boolean autoConfirmIfStillUnconfirmed(String orderId, Instant cutoff) {
        Order order = orders.lock(orderId).orElse(null);
        if (order == null) {
            return false;
        }
        OrderStatus before = order.getStatus();
        if (!order.autoConfirm(cutoff, Instant.now())) {
            return false;
        }
        events.completed(order);
        events.statusChanged(order, before);
        return true;
    }

    /** Re-asks the kitchen (the same event id: it answers once) or hands the request to the operators. */
    @Transactional
    public Order.UnansweredRequest reaskIfStillUnanswered(String orderId, Instant cutoff, int maxReasks) {
        Order order = orders.lock(orderId).orElse(null);
        if (order == null) {
            return Order.UnansweredRequest.ANSWERED;
        }
        Order.UnansweredRequest next = order.onUnansweredRequest(cutoff, maxReasks, Instant.now());
        switch (next) {
            case ASK_AGAIN -> events.requestPending(order);
            case ESCALATE -> events.requestEscalated(order);
            case ANSWERED -> { }
        }
        return next;
    }
}
