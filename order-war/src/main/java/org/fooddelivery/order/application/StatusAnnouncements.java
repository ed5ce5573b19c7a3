package org.fooddelivery.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fooddelivery.contracts.events.order.OrderStatusChanged;
import org.fooddelivery.contracts.messaging.EventPublisher;
import org.fooddelivery.order.domain.Order;
import org.fooddelivery.order.domain.OrderStatus;

/** Announces every change of an order's lifecycle status, once, in the transaction that made it. */
@ApplicationScoped
public class StatusAnnouncements {

    @Inject
    EventPublisher events;

    public void announceIfChanged(Order order, OrderStatus before) {
        if (order.getStatus() != before) {
            events.publish(new OrderStatusChanged(order.getId(), order.getCustomerId(), order.getStoreId(),
                    order.getStatus().name(), before == null ? null : before.name(), order.getClosingReason()));
        }
    }
}
