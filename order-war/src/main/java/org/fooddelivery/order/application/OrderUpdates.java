package org.fooddelivery.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fooddelivery.events.order.OrderStatus;
import org.fooddelivery.order.domain.Order;
import org.fooddelivery.order.domain.OrderRepository;
import org.fooddelivery.platform.application.NoSuchResourceException;
import org.fooddelivery.platform.application.NotYoursException;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * How every use case changes an order: under its row lock (commands and facts are serialised), with
 * each status change it makes announced in the same transaction (the message-driven bean's, or
 * one of its own for a customer's command).
 */
@ApplicationScoped
public class OrderUpdates {

    private static final Logger LOG = Logger.getLogger(OrderUpdates.class.getName());

    @Inject
    OrderRepository orders;

    @Inject
    OrderEvents events;

    /** A customer's command on their own order: 404 for no such order, 403 for someone else's. */
    @Transactional
    public <T> T byCustomer(String customerId, String orderId, Function<Order, T> command) {
        Order order = own(customerId, orderId, orders.lock(orderId).orElse(null));
        OrderStatus before = order.getStatus();
        T result = command.apply(order);
        events.statusChanged(order, before);
        return result;
    }

    /** A fact another service reported; one about an order unknown here is logged and dropped. */
    @Transactional
    public void onFact(String orderId, Consumer<Order> fact) {
        orders.lock(orderId).ifPresentOrElse(order -> {
            OrderStatus before = order.getStatus();
            fact.accept(order);
            events.statusChanged(order, before);
        }, () -> LOG.warning(() -> "Event for unknown order " + orderId + " ignored"));
    }

    /** The one ownership rule of every order command and read. */
    static Order own(String customerId, String orderId, Order order) {
        if (order == null) {
            throw new NoSuchResourceException("no order " + orderId);
        }
        if (!order.belongsTo(customerId)) {
            throw new NotYoursException("order " + orderId + " is not yours");
        }
        return order;
    }
}
