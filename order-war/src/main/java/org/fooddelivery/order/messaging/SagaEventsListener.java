package org.fooddelivery.order.messaging;

import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.fooddelivery.platform.messaging.EventConsumption;

/**
 * The command side's consumer. One class, three message-driven beans (WEB-INF/ejb-jar.xml:
 * KitchenEventsListener, DeliveryEventsListener, PaymentEventsListener), each with its own durable
 * subscription (activation specs order-war/...), all handled by {@link SagaEventHandler}.
 */
public class SagaEventsListener implements MessageListener {

    @Inject
    EventConsumption consumption;

    @Inject
    SagaEventHandler handler;

    @Override
    public void onMessage(Message message) {
        consumption.consume(handler, message);
    }
}
