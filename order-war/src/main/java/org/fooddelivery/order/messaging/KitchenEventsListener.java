package org.fooddelivery.order.messaging;

import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.fooddelivery.contracts.events.kitchen.TicketCancellationRefused;
import org.fooddelivery.contracts.events.kitchen.TicketChangeRefused;
import org.fooddelivery.contracts.events.kitchen.TicketChanged;
import org.fooddelivery.contracts.events.kitchen.TicketRejected;
import org.fooddelivery.contracts.messaging.EventConsumption;
import org.fooddelivery.order.application.SagaProgress;
import org.fooddelivery.order.domain.OrderStatus;

/** order-war's durable subscription to the kitchen topic (activation spec order-war/KitchenEventsListener). */
@MessageDriven(name = "KitchenEventsListener")
public class KitchenEventsListener implements MessageListener {

    @Inject
    EventConsumption consumption;

    @Inject
    SagaProgress saga;

    @Override
    public void onMessage(Message message) {
        consumption.consume("order", message, event -> {
            String orderId = event.orderId();
            switch (event.eventType()) {
                case "TicketAccepted" -> saga.advance(orderId, OrderStatus.ACCEPTED);
                case "CookingStarted" -> saga.advance(orderId, OrderStatus.COOKING);
                case "CookingFinished" -> saga.advance(orderId, OrderStatus.READY);
                case "TicketRejected" -> saga.rejected(orderId, event.payloadAs(TicketRejected.class).reason());
                case "TicketCancelled" -> saga.cancelled(orderId);
                case "TicketCancellationRefused" ->
                        saga.cancellationRefused(orderId, event.payloadAs(TicketCancellationRefused.class).reason());
                case "TicketChanged" -> saga.changed(orderId, event.payloadAs(TicketChanged.class).changeNumber());
                case "TicketChangeRefused" -> {
                    TicketChangeRefused refused = event.payloadAs(TicketChangeRefused.class);
                    saga.changeRefused(orderId, refused.changeNumber(), refused.reason());
                }
                default -> { }
            }
        });
    }
}
