package org.fooddelivery.notification.messaging;

import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.fooddelivery.platform.messaging.EventConsumption;

/**
 * notification-war's consumer. One class, two message-driven beans (WEB-INF/ejb-jar.xml):
 * OrderEventsListener on the order topic (OrderStatusChanged) and KitchenEventsListener on the
 * kitchen topic (ThankYouSent), each with its own durable subscription.
 */
public class CustomerMessagesListener implements MessageListener {

    @Inject
    EventConsumption consumption;

    @Inject
    NotificationEventHandler handler;

    @Override
    public void onMessage(Message message) {
        consumption.consume(handler, message);
    }
}
