package org.fooddelivery.kitchen.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fooddelivery.events.order.OrderCancellationRequested;
import org.fooddelivery.events.order.OrderChangeRequested;
import org.fooddelivery.events.order.OrderCompleted;
import org.fooddelivery.events.order.OrderPlaced;
import org.fooddelivery.events.order.OrderRejected;
import org.fooddelivery.kitchen.application.CancelOrder;
import org.fooddelivery.kitchen.application.ChangeOrder;
import org.fooddelivery.kitchen.application.CloseRejectedOrder;
import org.fooddelivery.kitchen.application.ReceiveOrder;
import org.fooddelivery.kitchen.application.ThankYouNotes;
import org.fooddelivery.platform.messaging.EventHandler;
import org.fooddelivery.platform.messaging.EventRoutes;

/** Consumer "kitchen": the order events the kitchen acts on, each handed to its use case. */
@ApplicationScoped
public class KitchenEventHandler implements EventHandler {

    /** The consumer id de-duplication and parked events are recorded under. */
    public static final String CONSUMER = "kitchen";

    @Inject
    ReceiveOrder receiveOrder;

    @Inject
    CancelOrder cancelOrder;

    @Inject
    ChangeOrder changeOrder;

    @Inject
    CloseRejectedOrder closeRejectedOrder;

    @Inject
    ThankYouNotes thanks;

    @Override
    public String consumer() {
        return CONSUMER;
    }

    private final EventRoutes routes = EventRoutes.builder()
            .on(OrderPlaced.class, placed -> receiveOrder.placed(placed))
            .on(OrderCancellationRequested.class, requested -> cancelOrder.requested(requested.orderId()))
            .on(OrderChangeRequested.class, requested -> changeOrder.requested(requested))
            .on(OrderCompleted.class, completed -> thanks.onOrderCompleted(completed.orderId()))
            .on(OrderRejected.class, rejected -> closeRejectedOrder.rejected(rejected.orderId(), rejected.reason()))
            .build();

    @Override
    public EventRoutes routes() {
        return routes;
    }
}
