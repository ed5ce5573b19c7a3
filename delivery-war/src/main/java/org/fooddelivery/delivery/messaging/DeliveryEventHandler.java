package org.fooddelivery.delivery.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fooddelivery.events.kitchen.CookingFinished;
import org.fooddelivery.events.order.OrderCancelled;
import org.fooddelivery.events.order.OrderRejected;
import org.fooddelivery.events.order.OrderCompleted;
import org.fooddelivery.platform.messaging.EventHandler;
import org.fooddelivery.platform.messaging.EventRoutes;
import org.fooddelivery.delivery.application.DeliveryBoard;

/** Consumer "delivery": offer cooked orders to riders, close completed ones, withdraw ended ones. */
@ApplicationScoped
public class DeliveryEventHandler implements EventHandler {

    @Inject
    DeliveryBoard board;

    @Override
    public String consumer() {
        return "delivery";
    }

    private final EventRoutes routes = EventRoutes.builder()
            .on(CookingFinished.class, finished -> board.onCookingFinished(finished))
            .on(OrderCompleted.class, completed -> board.onOrderCompleted(completed.orderId()))
            .on(OrderRejected.class, rejected -> board.onOrderEnded(rejected.orderId(), rejected.reason()))
            .on(OrderCancelled.class, cancelled -> board.onOrderEnded(cancelled.orderId(), cancelled.reason()))
            .build();

    @Override
    public EventRoutes routes() {
        return routes;
    }
}
