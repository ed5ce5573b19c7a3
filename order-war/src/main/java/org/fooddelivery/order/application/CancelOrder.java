package org.fooddelivery.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fooddelivery.order.domain.Order;

import java.time.Instant;

/**
 * F6: the customer cancels. A request the kitchen decides, because only the kitchen knows whether
 * cooking has started: the order shows CANCEL_REQUESTED until its answer arrives. An order known
 * to be cooking already is refused at once ({@link Order#requestCancellation}, 409).
 */
@ApplicationScoped
public class CancelOrder {

    @Inject
    OrderUpdates updates;

    @Inject
    OrderEvents events;

    /** @return the order, and whether a request went to the kitchen (false: already cancelled or asked) */
    public Outcome cancel(String customerId, String orderId) {
        return updates.byCustomer(customerId, orderId, order -> {
            boolean sent = order.requestCancellation(Instant.now());
            if (sent) {
                events.requestPending(order);
            }
            return new Outcome(order, sent);
        });
    }

    public record Outcome(Order order, boolean requestSent) {
    }
}
