package org.fooddelivery.order.application;

import org.fooddelivery.events.order.OrderStatus;
import org.fooddelivery.order.domain.Order;

/**
 * What order-war announces to the other services (contract §4), in the caller's transaction: an
 * announcement is delivered if and only if the state change that caused it commits. The use cases
 * say what happened to an order; {@code messaging.JmsOrderEvents} writes it as events.
 */
public interface OrderEvents {

    /** A paid order was stored (OrderPlaced). */
    void placed(Order order);

    /**
     * Every lifecycle status the order went through since {@code before} (null: it did not exist),
     * each once and in order, even when kitchen facts overtook each other (OrderStatusChanged).
     */
    void statusChanged(Order order, OrderStatus before);

    /**
     * The customer's pending cancel or change, as the kitchen is asked it: the first time and every
     * re-ask are the same event under the request's own id, so the kitchen answers once.
     */
    void requestPending(Order order);

    /** The kitchen left the pending request unanswered through every re-ask: the operators have it. */
    void requestEscalated(Order order);

    /** The kitchen took the pending change; payment adjusts from {@code previousTotal} to the new total. */
    void changed(Order order, long previousTotal);

    /** The order ended early with its closing reason: REJECTED or CANCELLED, which payment refunds. */
    void closed(Order order);

    /** The customer received the food (or did not confirm in time): payment settles, the store thanks. */
    void completed(Order order);
}
