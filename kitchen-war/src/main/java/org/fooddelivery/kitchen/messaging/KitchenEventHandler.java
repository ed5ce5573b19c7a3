package org.fooddelivery.kitchen.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fooddelivery.events.order.OrderCancellationRequested;
import org.fooddelivery.events.order.OrderChangeRequested;
import org.fooddelivery.events.order.OrderPlaced;
import org.fooddelivery.events.order.OrderRejected;
import org.fooddelivery.events.order.OrderCompleted;
import org.fooddelivery.platform.messaging.EventHandler;
import org.fooddelivery.platform.messaging.EventRoutes;
import org.fooddelivery.kitchen.application.OrderIntake;
import org.fooddelivery.kitchen.application.ThankYouNotes;

/** Consumer "kitchen": the order events the kitchen acts on. */
@ApplicationScoped
public class KitchenEventHandler implements EventHandler {

    @Inject
    OrderIntake intake;

    @Inject
    ThankYouNotes thanks;

    @Override
    public String consumer() {
        return "kitchen";
    }

    private final EventRoutes routes = EventRoutes.builder()
            .on(OrderPlaced.class, placed -> intake.onOrderPlaced(placed))
            .on(OrderCancellationRequested.class, requested -> intake.onCancellationRequested(requested))
            .on(OrderChangeRequested.class, requested -> intake.onChangeRequested(requested))
            .on(OrderCompleted.class, completed -> thanks.onOrderCompleted(completed.orderId()))
            .on(OrderRejected.class, rejected -> intake.onOrderRejected(rejected))
            .build();

    @Override
    public EventRoutes routes() {
        return routes;
    }
}
