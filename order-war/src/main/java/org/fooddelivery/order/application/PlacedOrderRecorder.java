package org.fooddelivery.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fooddelivery.contracts.events.order.DeliveryAddress;
import org.fooddelivery.contracts.events.order.OrderLineItem;
import org.fooddelivery.contracts.events.order.OrderPlaced;
import org.fooddelivery.contracts.messaging.EventPublisher;
import org.fooddelivery.order.domain.Order;
import org.fooddelivery.order.domain.OrderLine;
import org.fooddelivery.order.domain.OrderRepository;

/**
 * Stores a paid order and announces it in one XA transaction: never an order without its
 * OrderPlaced event, never an event without its order.
 */
@ApplicationScoped
public class PlacedOrderRecorder {

    @Inject
    OrderRepository orders;

    @Inject
    EventPublisher events;

    @Transactional
    public Order record(Order order) {
        orders.add(order);
        events.publish(placedEvent(order));
        return order;
    }

    static OrderPlaced placedEvent(Order order) {
        return new OrderPlaced(order.getId(), order.getCustomerId(), order.getStoreId(),
                order.getLines().stream().map(PlacedOrderRecorder::line).toList(), order.getTotalAmount(),
                new DeliveryAddress(order.getDeliveryAddress().getArea(), order.getDeliveryAddress().getStreet(),
                        order.getDeliveryAddress().getLat(), order.getDeliveryAddress().getLng()),
                order.getPaymentId());
    }

    private static OrderLineItem line(OrderLine line) {
        return new OrderLineItem(line.getMenuId(), line.getName(), line.getQuantity(), line.getUnitPrice());
    }
}
