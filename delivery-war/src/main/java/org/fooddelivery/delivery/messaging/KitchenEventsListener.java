package org.fooddelivery.delivery.messaging;

import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.fooddelivery.contracts.events.kitchen.CookingFinished;
import org.fooddelivery.contracts.messaging.EventConsumption;
import org.fooddelivery.delivery.application.DeliveryBoard;

/** delivery-war's durable subscription to the kitchen topic (activation spec delivery-war/KitchenEventsListener). */
@MessageDriven(name = "KitchenEventsListener")
public class KitchenEventsListener implements MessageListener {

    @Inject
    EventConsumption consumption;

    @Inject
    DeliveryBoard board;

    @Override
    public void onMessage(Message message) {
        consumption.consume("delivery", message, event -> {
            if ("CookingFinished".equals(event.eventType())) {
                board.onCookingFinished(event.payloadAs(CookingFinished.class));
            }
        });
    }
}
