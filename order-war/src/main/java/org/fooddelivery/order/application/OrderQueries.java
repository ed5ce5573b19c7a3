package org.fooddelivery.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fooddelivery.platform.problem.ProblemException;
import org.fooddelivery.order.domain.Order;
import org.fooddelivery.order.domain.OrderRepository;

/** Reading one order, for its own customer only. */
@ApplicationScoped
public class OrderQueries {

    @Inject
    OrderRepository orders;

    public Order orderOf(String customerId, String orderId) {
        return own(customerId, orderId, orders.find(orderId).orElse(null));
    }

    /** 404 for no such order, 403 for someone else's: the one ownership rule of every order command. */
    static Order own(String customerId, String orderId, Order order) {
        if (order == null) {
            throw ProblemException.notFound("no order " + orderId);
        }
        if (!order.belongsTo(customerId)) {
            throw ProblemException.forbidden("order " + orderId + " is not yours");
        }
        return order;
    }
}
