package org.fooddelivery.delivery.messaging;

import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import org.fooddelivery.platform.messaging.EventHandler;
import org.fooddelivery.platform.messaging.EventSubscriber;

/**
 * Delivery's durable subscription to the order topic (OrderCompleted: close it; OrderRejected, OrderCancelled: withdraw it): activation spec
 * {@code delivery-war/OrderEventsListener} in liberty-config's includes/services/delivery.xml.
 */
@MessageDriven(name = "OrderEventsListener")
public class OrderEventsListener extends EventSubscriber {

    @Inject
    DeliveryEventHandler handler;

    @Override
    protected EventHandler handler() {
        return handler;
    }
}
