package org.fooddelivery.delivery.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fooddelivery.contracts.events.EventEnvelope;
import org.fooddelivery.contracts.events.kitchen.CookingFinished;
import org.fooddelivery.contracts.events.order.OrderCancelled;
import org.fooddelivery.contracts.events.order.OrderRejected;
import org.fooddelivery.contracts.messaging.EventHandler;
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

    @Override
    public void handle(EventEnvelope event) {
        switch (event.eventType()) {
            case "CookingFinished" -> board.onCookingFinished(event.payloadAs(CookingFinished.class));
            case "OrderCompleted" -> board.onOrderCompleted(event.orderId());
            case "OrderRejected" -> board.onOrderEnded(event.orderId(), event.payloadAs(OrderRejected.class).reason());
            case "OrderCancelled" -> board.onOrderEnded(event.orderId(), event.payloadAs(OrderCancelled.class).reason());
            default -> { }
        }
    }
}
