package org.fooddelivery.order.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fooddelivery.events.order.OrderCancelled;
import org.fooddelivery.events.order.OrderChanged;
import org.fooddelivery.events.order.OrderCompleted;
import org.fooddelivery.events.order.OrderRejected;
import org.fooddelivery.events.order.OrderRequestEscalated;
import org.fooddelivery.events.order.OrderStatus;
import org.fooddelivery.events.order.OrderStatusChanged;
import org.fooddelivery.order.application.OrderEvents;
import org.fooddelivery.order.domain.Order;
import org.fooddelivery.platform.messaging.EventPublisher;

/** Order-war's announcements as events on its topic, enlisted in the caller's JTA transaction. */
@ApplicationScoped
public class JmsOrderEvents implements OrderEvents {

    @Inject
    EventPublisher publisher;

    @Override
    public void placed(Order order) {
        publisher.publish(OrderEventMapping.placed(order));
    }

    @Override
    public void statusChanged(Order order, OrderStatus before) {
        OrderStatus previous = before;
        for (OrderStatus step : OrderStatus.stepsBetween(before, order.getStatus())) {
            publisher.publish(new OrderStatusChanged(order.getId(), order.getCustomerId(), order.getStoreId(),
                    step.name(), previous == null ? null : previous.name(),
                    step.isTerminal() ? order.getClosingReason() : null));
            previous = step;
        }
    }

    @Override
    public void requestPending(Order order) {
        publisher.publishAs(order.getRequestEventId(), OrderEventMapping.pendingRequest(order));
    }

    @Override
    public void requestEscalated(Order order) {
        publisher.publish(new OrderRequestEscalated(order.getId(), order.getCustomerId(), order.getLastRequest().name(),
                order.getRequestReasks()));
    }

    @Override
    public void changed(Order order, long previousTotal) {
        publisher.publish(new OrderChanged(order.getId(), order.getChangeNumber(), previousTotal, order.getTotalAmount()));
    }

    @Override
    public void closed(Order order) {
        publisher.publish(order.getStatus() == OrderStatus.CANCELLED
                ? new OrderCancelled(order.getId(), order.getClosingReason())
                : new OrderRejected(order.getId(), order.getClosingReason()));
    }

    @Override
    public void completed(Order order) {
        publisher.publish(new OrderCompleted(order.getId(), order.getCustomerId(), order.getStoreId()));
    }
}
