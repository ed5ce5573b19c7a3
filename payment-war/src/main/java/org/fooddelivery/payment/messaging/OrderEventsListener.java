package org.fooddelivery.payment.messaging;

import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import org.fooddelivery.platform.messaging.EventHandler;
import org.fooddelivery.platform.messaging.EventSubscriber;

/** payment-war's durable subscription to the order topic (activation spec payment-war/OrderEventsListener). */
@MessageDriven(name = "OrderEventsListener")
public class OrderEventsListener extends EventSubscriber {

    @Inject
    PaymentEventHandler handler;

    @Override
    protected EventHandler handler() {
        return handler;
    }
}
