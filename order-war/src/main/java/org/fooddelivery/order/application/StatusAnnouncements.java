package org.fooddelivery.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fooddelivery.events.order.OrderStatusChanged;
import org.fooddelivery.platform.messaging.EventPublisher;
import org.fooddelivery.order.domain.Order;
import org.fooddelivery.order.domain.OrderStatus;

/**
 * Announces every change of an order's lifecycle status, once, in the transaction that made it.
 * Kitchen facts may overtake each other (CookingStarted before TicketAccepted): the order then
 * jumps ahead, and the steps it jumped over are announced too, in order, so the customer hears of
 * each step exactly once.
 */
@ApplicationScoped
public class StatusAnnouncements {

    @Inject
    EventPublisher events;

    public void announceIfChanged(Order order, OrderStatus before) {
        OrderStatus previous = before;
        for (OrderStatus step : OrderStatus.stepsBetween(before, order.getStatus())) {
            events.publish(new OrderStatusChanged(order.getId(), order.getCustomerId(), order.getStoreId(),
                    step.name(), previous == null ? null : previous.name(),
                    step.isFinal() ? order.getClosingReason() : null));
            previous = step;
        }
    }
}
