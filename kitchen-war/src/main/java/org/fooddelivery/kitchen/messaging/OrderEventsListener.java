package org.fooddelivery.kitchen.messaging;

import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.fooddelivery.contracts.events.order.OrderCancellationRequested;
import org.fooddelivery.contracts.events.order.OrderChangeRequested;
import org.fooddelivery.contracts.events.order.OrderPlaced;
import org.fooddelivery.contracts.events.order.OrderRejected;
import org.fooddelivery.contracts.messaging.EventConsumption;
import org.fooddelivery.kitchen.application.OrderIntake;
import org.fooddelivery.kitchen.application.ThankYouNotes;

/**
 * The kitchen's durable subscription to the order topic (activation spec
 * {@code kitchen-war/OrderEventsListener} in server.xml, selector on the types below).
 */
@MessageDriven(name = "OrderEventsListener")
public class OrderEventsListener implements MessageListener {

    @Inject
    EventConsumption consumption;

    @Inject
    OrderIntake intake;

    @Inject
    ThankYouNotes thanks;

    @Override
    public void onMessage(Message message) {
        consumption.consume("kitchen", message, event -> {
            switch (event.eventType()) {
                case "OrderPlaced" -> intake.onOrderPlaced(event.payloadAs(OrderPlaced.class));
                case "OrderCancellationRequested" ->
                        intake.onCancellationRequested(event.payloadAs(OrderCancellationRequested.class));
                case "OrderChangeRequested" -> intake.onChangeRequested(event.payloadAs(OrderChangeRequested.class));
                case "OrderCompleted" -> thanks.onOrderCompleted(event.orderId());
                case "OrderRejected" -> intake.onOrderRejected(event.payloadAs(OrderRejected.class));
                default -> { } // not for the kitchen
            }
        });
    }
}
