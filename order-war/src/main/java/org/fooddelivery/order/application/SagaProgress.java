package org.fooddelivery.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fooddelivery.events.kitchen.RejectionReasons;
import org.fooddelivery.events.order.OrderCancelled;
import org.fooddelivery.events.order.OrderChanged;
import org.fooddelivery.events.order.OrderRejected;
import org.fooddelivery.platform.messaging.EventPublisher;
import org.fooddelivery.order.domain.Order;
import org.fooddelivery.order.domain.OrderRepository;
import org.fooddelivery.order.domain.OrderStatus;

import java.time.Instant;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Moves orders along as the kitchen and delivery report facts. When an order ends early it
 * announces OrderRejected or OrderCancelled, which payment refunds; when a change is taken it
 * announces OrderChanged, which payment adjusts to. Runs in the message-driven bean's transaction.
 */
@ApplicationScoped
public class SagaProgress {

    private static final Logger LOG = Logger.getLogger(SagaProgress.class.getName());

    @Inject
    OrderRepository orders;

    @Inject
    EventPublisher events;

    @Inject
    StatusAnnouncements status;

    @Transactional
    public void advance(String orderId, OrderStatus next) {
        withOrder(orderId, order -> order.advanceTo(next, Instant.now()));
    }

    @Transactional
    public void rejected(String orderId, String reason) {
        withOrder(orderId, order -> {
            if (order.close(OrderStatus.REJECTED, reason, Instant.now())) {
                events.publish(new OrderRejected(orderId, reason));
            }
        });
    }

    @Transactional
    public void cancelled(String orderId) {
        withOrder(orderId, order -> {
            if (order.close(OrderStatus.CANCELLED, RejectionReasons.CANCELLED_BY_CUSTOMER, Instant.now())) {
                events.publish(new OrderCancelled(orderId, RejectionReasons.CANCELLED_BY_CUSTOMER));
            }
        });
    }

    @Transactional
    public void cancellationRefused(String orderId, String reason) {
        withOrder(orderId, order -> order.cancellationRefused(reason, Instant.now()));
    }

    @Transactional
    public void changed(String orderId, int changeNumber) {
        withOrder(orderId, order -> order.changeAccepted(changeNumber, Instant.now()).ifPresent(previousTotal ->
                events.publish(new OrderChanged(orderId, changeNumber, previousTotal, order.getTotalAmount()))));
    }

    @Transactional
    public void changeRefused(String orderId, int changeNumber, String reason) {
        withOrder(orderId, order -> order.changeRefused(changeNumber, reason, Instant.now()));
    }

    private void withOrder(String orderId, Consumer<Order> fact) {
        orders.lock(orderId).ifPresentOrElse(order -> {
            OrderStatus before = order.getStatus();
            fact.accept(order);
            status.announceIfChanged(order, before);
        }, () -> LOG.warning(() -> "Event for unknown order " + orderId + " ignored"));
    }
}
