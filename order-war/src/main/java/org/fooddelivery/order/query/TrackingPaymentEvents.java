package org.fooddelivery.order.query;

import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import org.fooddelivery.platform.messaging.EventHandler;
import org.fooddelivery.platform.messaging.EventSubscriber;

/**
 * The tracking projection's durable subscription to payment's topic
 * (activation spec {@code order-war/TrackingPaymentEvents} in liberty-config's includes/services/order.xml,
 * selector on the types {@link TrackingProjection} routes from that topic).
 */
@MessageDriven(name = "TrackingPaymentEvents")
public class TrackingPaymentEvents extends EventSubscriber {

    @Inject
    TrackingProjection projection;

    @Override
    protected EventHandler handler() {
        return projection;
    }
}
