package org.fooddelivery.delivery.messaging;

import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.fooddelivery.platform.messaging.EventConsumption;

/**
 * delivery-war's consumer. One class, two message-driven beans (WEB-INF/ejb-jar.xml):
 * KitchenEventsListener on the kitchen topic (CookingFinished: offer the delivery) and
 * OrderEventsListener on the order topic (OrderCompleted: close it; OrderRejected, OrderCancelled:
 * withdraw it), each with its own durable
 * subscription.
 */
public class DeliveryBoardListener implements MessageListener {

    @Inject
    EventConsumption consumption;

    @Inject
    DeliveryEventHandler handler;

    @Override
    public void onMessage(Message message) {
        consumption.consume(handler, message);
    }
}
