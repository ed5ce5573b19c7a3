package org.fooddelivery.order.messaging;

import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import org.fooddelivery.platform.messaging.EventHandler;
import org.fooddelivery.platform.messaging.EventSubscriber;

/**
 * The command side's durable subscription to delivery's topic
 * (activation spec {@code order-war/DeliveryEventsListener} in liberty-config's includes/services/order.xml,
 * selector on the types {@link SagaEventHandler} routes from that topic).
 */
@MessageDriven(name = "DeliveryEventsListener")
public class DeliveryEventsListener extends EventSubscriber {

    @Inject
    SagaEventHandler saga;

    @Override
    protected EventHandler handler() {
        return saga;
    }
}
