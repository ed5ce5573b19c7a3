package org.fooddelivery.payment.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fooddelivery.contracts.events.EventEnvelope;
import org.fooddelivery.contracts.events.order.OrderCancelled;
import org.fooddelivery.contracts.events.order.OrderChanged;
import org.fooddelivery.contracts.events.order.OrderRejected;
import org.fooddelivery.contracts.messaging.EventHandler;
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

    @Override
    public void handle(EventEnvelope event) {
        String orderId = event.orderId();
        switch (event.eventType()) {
            case "OrderPlaced" -> saga.orderPlaced(orderId);
            case "OrderRejected" -> saga.refundInFull(orderId, event.payloadAs(OrderRejected.class).reason());
            case "OrderCancelled" -> saga.refundInFull(orderId, event.payloadAs(OrderCancelled.class).reason());
            case "OrderChanged" -> {
                OrderChanged changed = event.payloadAs(OrderChanged.class);
                saga.orderChanged(orderId, changed.changeNumber(), changed.totalAmount());
            }
            case "OrderCompleted" -> saga.orderCompleted(orderId);
            default -> { }
        }
    }
}
