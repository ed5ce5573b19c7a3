package org.fooddelivery.order.query;

import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.fooddelivery.platform.messaging.EventConsumption;

/**
 * The tracking projection's consumer. One class, four message-driven beans (WEB-INF/ejb-jar.xml:
 * TrackingOrderEvents, TrackingKitchenEvents, TrackingDeliveryEvents, TrackingPaymentEvents), each
 * with its own durable subscription, so the read model follows every service's topic and is
 * independent of the command side's subscriptions.
 */
public class TrackingListener implements MessageListener {

    @Inject
    EventConsumption consumption;

    @Inject
    TrackingProjection projection;

    @Override
    public void onMessage(Message message) {
        consumption.consume(projection, message);
    }
}
