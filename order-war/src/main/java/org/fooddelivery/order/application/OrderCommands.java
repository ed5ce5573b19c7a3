package org.fooddelivery.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fooddelivery.events.order.OrderCompleted;
import org.fooddelivery.platform.messaging.EventPublisher;
import org.fooddelivery.platform.problem.ProblemException;
import org.fooddelivery.order.domain.Order;
import org.fooddelivery.order.domain.OrderRepository;
import org.fooddelivery.order.domain.OrderStatus;
import org.fooddelivery.order.domain.PricedOrder;

import java.time.Instant;

/**
 * The customer's commands on an existing order. Cancel and change are requests the kitchen
 * decides, because only the kitchen knows whether cooking has started: the order shows
 * CANCEL_REQUESTED or CHANGE_REQUESTED until its answer arrives. An order already known to be
 * cooking is refused here at once (409).
 */
@ApplicationScoped
public class OrderCommands {

    @Inject
    OrderRepository orders;

    @Inject
    EventPublisher events;

    @Inject
    StatusAnnouncements status;

    /** @return the order, and whether a request went to the kitchen (false: already cancelled) */
    @Transactional
    public Outcome cancel(String customerId, String orderId) {
        Order order = lockOwn(customerId, orderId);
        boolean sent = order.requestCancellation(Instant.now());
        if (sent) {
            events.publishAs(order.getRequestEventId(), OrderEventMapping.pendingRequest(order));
        }
        return new Outcome(order, sent);
    }

    /** Fails fast, before pricing, when the order can no longer change. */
    public void checkChangeable(String customerId, String orderId) {
        Order order = OrderQueries.own(customerId, orderId, orders.find(orderId).orElse(null));
        if (!order.getStatus().beforeCooking()) {
            throw ProblemException.conflict("order " + orderId + " is " + order.getStatus()
                    + " and can no longer be changed");
        }
    }

    @Transactional
    public Order change(String customerId, String orderId, PricedOrder priced) {
        Order order = lockOwn(customerId, orderId);
        order.requestChange(priced, Instant.now());
        events.publishAs(order.getRequestEventId(), OrderEventMapping.pendingRequest(order));
        return order;
    }

    @Transactional
    public Order confirmDelivery(String customerId, String orderId) {
        Order order = lockOwn(customerId, orderId);
        OrderStatus before = order.getStatus();
        if (order.confirmDelivery(Instant.now())) {
            events.publish(new OrderCompleted(orderId, customerId, order.getStoreId()));
            status.announceIfChanged(order, before);
        }
        return order;
    }

    public record Outcome(Order order, boolean requestSent) {
    }

    private Order lockOwn(String customerId, String orderId) {
        return OrderQueries.own(customerId, orderId, orders.lock(orderId).orElse(null));
    }
}
