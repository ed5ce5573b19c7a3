package org.fooddelivery.order.messaging;

import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.fooddelivery.contracts.messaging.EventConsumption;
import org.fooddelivery.order.application.SagaProgress;
import org.fooddelivery.order.domain.OrderStatus;

/** order-war's durable subscription to the delivery topic (activation spec order-war/DeliveryEventsListener). */
@MessageDriven(name = "DeliveryEventsListener")
public class DeliveryEventsListener implements MessageListener {

    @Inject
    EventConsumption consumption;

    @Inject
    SagaProgress saga;

    @Override
    public void onMessage(Message message) {
        consumption.consume("order", message, event -> {
            if ("DeliveryPickedUp".equals(event.eventType())) {
                saga.advance(event.orderId(), OrderStatus.PICKED_UP);
            }
        });
    }
}
