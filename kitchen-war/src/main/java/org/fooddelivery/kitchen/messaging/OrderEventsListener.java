package org.fooddelivery.kitchen.messaging;

import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import org.fooddelivery.platform.messaging.EventHandler;
import org.fooddelivery.platform.messaging.EventSubscriber;

/**
 * The kitchen's durable subscription to the order topic (activation spec
 * {@code kitchen-war/OrderEventsListener} in server.xml, selector on the types KitchenEventHandler takes).
 */
@MessageDriven(name = "OrderEventsListener")
public class OrderEventsListener extends EventSubscriber {

    @Inject
    KitchenEventHandler handler;

    @Override
    protected EventHandler handler() {
        return handler;
    }
}
