package org.fooddelivery.payment.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fooddelivery.events.order.OrderCancelled;
import org.fooddelivery.events.order.OrderChanged;
import org.fooddelivery.events.order.OrderRejected;
import org.fooddelivery.events.order.OrderCompleted;
import org.fooddelivery.events.order.OrderPlaced;
import org.fooddelivery.platform.messaging.EventHandler;
import org.fooddelivery.platform.messaging.EventRoutes;
import org.fooddelivery.payment.application.PaymentSaga;

/** Consumer "payment": the order events that move money. */
@ApplicationScoped
public class PaymentEventHandler implements EventHandler {

    @Inject
    PaymentSaga saga;

    @Override
    public String consumer() {
        return "payment";
    }

    private final EventRoutes routes = EventRoutes.builder()
            .on(OrderPlaced.class, placed -> saga.orderPlaced(placed.orderId()))
            .on(OrderRejected.class, rejected -> saga.refundInFull(rejected.orderId(), rejected.reason()))
            .on(OrderCancelled.class, cancelled -> saga.refundInFull(cancelled.orderId(), cancelled.reason()))
            .on(OrderChanged.class, changed -> saga.orderChanged(changed.orderId(), changed.changeNumber(), changed.totalAmount()))
            .on(OrderCompleted.class, completed -> saga.orderCompleted(completed.orderId()))
            .build();

    @Override
    public EventRoutes routes() {
        return routes;
    }
}
