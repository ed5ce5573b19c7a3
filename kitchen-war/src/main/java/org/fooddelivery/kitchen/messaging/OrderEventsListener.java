package org.fooddelivery.kitchen.messaging;

import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.fooddelivery.platform.messaging.EventConsumption;

/**
 * The kitchen's durable subscription to the order topic (activation spec
 * {@code kitchen-war/OrderEventsListener} in server.xml, selector on the types KitchenEventHandler takes).
 */
@MessageDriven(name = "OrderEventsListener")
public class OrderEventsListener implements MessageListener {

    @Inject
    EventConsumption consumption;

    @Inject
    KitchenEventHandler handler;

    @Override
    public void onMessage(Message message) {
        consumption.consume(handler, message);
    }
}
