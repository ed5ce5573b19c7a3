package org.fooddelivery.kitchen.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fooddelivery.contracts.events.EventEnvelope;
import org.fooddelivery.contracts.events.order.OrderCancellationRequested;
import org.fooddelivery.contracts.events.order.OrderChangeRequested;
import org.fooddelivery.contracts.events.order.OrderPlaced;
import org.fooddelivery.contracts.events.order.OrderRejected;
import org.fooddelivery.contracts.messaging.EventHandler;
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

    @Override
    public void handle(EventEnvelope event) {
        switch (event.eventType()) {
            case "OrderPlaced" -> intake.onOrderPlaced(event.payloadAs(OrderPlaced.class));
            case "OrderCancellationRequested" ->
                    intake.onCancellationRequested(event.payloadAs(OrderCancellationRequested.class));
            case "OrderChangeRequested" -> intake.onChangeRequested(event.payloadAs(OrderChangeRequested.class));
            case "OrderCompleted" -> thanks.onOrderCompleted(event.orderId());
            case "OrderRejected" -> intake.onOrderRejected(event.payloadAs(OrderRejected.class));
            default -> { } // not for the kitchen
        }
    }
}
