package org.fooddelivery.notification.messaging;

import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.fooddelivery.contracts.events.order.OrderStatusChanged;
import org.fooddelivery.contracts.messaging.EventConsumption;
import org.fooddelivery.notification.application.CustomerMessages;

/** notification-war's durable subscription to the order topic (activation spec notification-war/OrderEventsListener). */
@MessageDriven(name = "OrderEventsListener")
public class OrderEventsListener implements MessageListener {

    @Inject
    EventConsumption consumption;

    @Inject
    CustomerMessages messages;

    @Override
    public void onMessage(Message message) {
        consumption.consume("notification", message, event -> {
            if ("OrderStatusChanged".equals(event.eventType())) {
                messages.onStatusChanged(event, event.payloadAs(OrderStatusChanged.class));
            }
        });
    }
}
