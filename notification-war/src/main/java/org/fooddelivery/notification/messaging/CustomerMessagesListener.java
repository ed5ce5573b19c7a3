package org.fooddelivery.notification.messaging;

import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.fooddelivery.contracts.events.kitchen.ThankYouSent;
import org.fooddelivery.contracts.events.order.OrderStatusChanged;
import org.fooddelivery.contracts.messaging.EventConsumption;
import org.fooddelivery.notification.application.CustomerMessages;

/**
 * notification-war's consumer. One class, two message-driven beans (WEB-INF/ejb-jar.xml):
 * OrderEventsListener on the order topic (OrderStatusChanged) and KitchenEventsListener on the
 * kitchen topic (ThankYouSent), each with its own durable subscription.
 */
public class CustomerMessagesListener implements MessageListener {

    @Inject
    EventConsumption consumption;

    @Inject
    CustomerMessages messages;

    @Override
    public void onMessage(Message message) {
        consumption.consume("notification", message, event -> {
            switch (event.eventType()) {
                case "OrderStatusChanged" -> messages.onStatusChanged(event, event.payloadAs(OrderStatusChanged.class));
                case "ThankYouSent" -> messages.onThankYou(event, event.payloadAs(ThankYouSent.class));
                default -> { }
            }
        });
    }
}
