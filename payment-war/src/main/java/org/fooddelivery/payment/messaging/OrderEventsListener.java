package org.fooddelivery.payment.messaging;

import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.fooddelivery.platform.messaging.EventConsumption;

/** payment-war's durable subscription to the order topic (activation spec payment-war/OrderEventsListener). */
@MessageDriven(name = "OrderEventsListener")
public class OrderEventsListener implements MessageListener {

    @Inject
    EventConsumption consumption;

    @Inject
    PaymentEventHandler handler;

    @Override
    public void onMessage(Message message) {
        consumption.consume(handler, message);
    }
}
