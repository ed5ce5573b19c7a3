package org.fooddelivery.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fooddelivery.contracts.problem.ProblemException;
import org.fooddelivery.order.domain.Order;
import org.fooddelivery.order.domain.OrderRepository;

/** Reading one order, for its own customer only. */
@ApplicationScoped
public class OrderQueries {

    @Inject
    OrderRepository orders;

    public Order orderOf(String customerId, String orderId) {
        Order order = orders.find(orderId).orElseThrow(() -> ProblemException.notFound("no order " + orderId));
        if (!order.belongsTo(customerId)) {
            throw ProblemException.forbidden("order " + orderId + " is not yours");
        }
        return order;
    }
}
