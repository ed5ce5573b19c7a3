package org.fooddelivery.notification.messaging;

import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.fooddelivery.contracts.events.kitchen.ThankYouSent;
import org.fooddelivery.contracts.messaging.EventConsumption;
import org.fooddelivery.notification.application.CustomerMessages;

/** notification-war's durable subscription to the kitchen topic (activation spec notification-war/KitchenEventsListener). */
@MessageDriven(name = "KitchenEventsListener")
public class KitchenEventsListener implements MessageListener {

    @Inject
    EventConsumption consumption;

    @Inject
    CustomerMessages messages;

    @Override
    public void onMessage(Message message) {
        consumption.consume("notification", message, event -> {
            if ("ThankYouSent".equals(event.eventType())) {
                messages.onThankYou(event, event.payloadAs(ThankYouSent.class));
            }
        });
    }
}
