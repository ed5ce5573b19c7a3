package org.fooddelivery.order.messaging;

import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import org.fooddelivery.platform.messaging.EventHandler;
import org.fooddelivery.platform.messaging.EventSubscriber;

/**
 * The command side's durable subscription to the kitchen's topic
 * (activation spec {@code order-war/KitchenEventsListener} in liberty-config's includes/services/order.xml,
 * selector on the types {@link SagaEventHandler} routes from that topic).
 */
@MessageDriven(name = "KitchenEventsListener")
public class KitchenEventsListener extends EventSubscriber {

    @Inject
    SagaEventHandler saga;

    @Override
    protected EventHandler handler() {
        return saga;
    }
}
