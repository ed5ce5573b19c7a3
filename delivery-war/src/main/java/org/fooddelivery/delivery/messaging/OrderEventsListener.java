package org.fooddelivery.delivery.messaging;

import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.fooddelivery.contracts.messaging.EventConsumption;
import org.fooddelivery.delivery.application.DeliveryBoard;

/** delivery-war's durable subscription to the order topic (activation spec delivery-war/OrderEventsListener). */
@MessageDriven(name = "OrderEventsListener")
public class OrderEventsListener implements MessageListener {

    @Inject
    EventConsumption consumption;

    @Inject
    DeliveryBoard board;

    @Override
    public void onMessage(Message message) {
        consumption.consume("delivery", message, event -> {
            if ("OrderCompleted".equals(event.eventType())) {
                board.onOrderCompleted(event.orderId());
            }
        });
    }
}
