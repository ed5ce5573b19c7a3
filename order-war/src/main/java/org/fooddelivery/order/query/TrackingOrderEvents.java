package org.fooddelivery.order.query;

import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import org.fooddelivery.platform.messaging.EventHandler;
import org.fooddelivery.platform.messaging.EventSubscriber;

/**
 * The tracking projection's durable subscription to order's own topic
 * (activation spec {@code order-war/TrackingOrderEvents} in liberty-config's includes/services/order.xml,
 * selector on the types {@link TrackingProjection} routes from that topic).
 */
@MessageDriven(name = "TrackingOrderEvents")
public class TrackingOrderEvents extends EventSubscriber {

    @Inject
    TrackingProjection projection;

    @Override
    protected EventHandler handler() {
        return projection;
    }
}
