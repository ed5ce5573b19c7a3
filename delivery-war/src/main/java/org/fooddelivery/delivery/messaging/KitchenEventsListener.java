package org.fooddelivery.delivery.messaging;

import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import org.fooddelivery.platform.messaging.EventHandler;
import org.fooddelivery.platform.messaging.EventSubscriber;

/**
 * Delivery's durable subscription to the kitchen topic (CookingFinished: offer the delivery): activation spec
 * {@code delivery-war/KitchenEventsListener} in liberty-config's includes/services/delivery.xml.
 */
@MessageDriven(name = "KitchenEventsListener")
public class KitchenEventsListener extends EventSubscriber {

    @Inject
    DeliveryEventHandler handler;

    @Override
    protected EventHandler handler() {
        return handler;
    }
}
