package org.fooddelivery.delivery.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fooddelivery.delivery.application.DeliveryLifecycle;
import org.fooddelivery.events.kitchen.CookingFinished;
import org.fooddelivery.events.order.OrderCancelled;
import org.fooddelivery.events.order.OrderCompleted;
import org.fooddelivery.events.order.OrderRejected;
import org.fooddelivery.platform.messaging.EventHandler;
import org.fooddelivery.platform.messaging.EventRoutes;

/**
 * Consumer "delivery", fed by both subscriptions ({@link KitchenEventsListener},
 * {@link OrderEventsListener}): offer cooked orders to riders, close completed ones, withdraw ended ones.
 */
@ApplicationScoped
public class DeliveryEventHandler implements EventHandler {

    /** Its key in PROCESSED_EVENT and PARKED_EVENT; the selectors of subscriptions.xml are named after it. */
    public static final String CONSUMER = "delivery";

    @Inject
    DeliveryLifecycle lifecycle;

    private final EventRoutes routes = EventRoutes.builder()
            .on(CookingFinished.class, finished -> lifecycle.offer(finished))
            .on(OrderCompleted.class, completed -> lifecycle.complete(completed.orderId()))
            .on(OrderRejected.class, rejected -> lifecycle.withdraw(rejected.orderId(), rejected.reason()))
            .on(OrderCancelled.class, cancelled -> lifecycle.withdraw(cancelled.orderId(), cancelled.reason()))
            .build();

    @Override
    public String consumer() {
        return CONSUMER;
    }

    @Override
    public EventRoutes routes() {
        return routes;
    }
}
