package org.fooddelivery.delivery.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fooddelivery.delivery.application.DeliveryEvents;
import org.fooddelivery.delivery.domain.Delivery;
import org.fooddelivery.events.delivery.DeliveryPickedUp;
import org.fooddelivery.platform.messaging.EventPublisher;

/** Delivery's events on its topic, enlisted in the caller's transaction. */
@ApplicationScoped
public class JmsDeliveryEvents implements DeliveryEvents {

    @Inject
    EventPublisher publisher;

    @Override
    public void pickedUp(Delivery delivery) {
        publisher.publish(new DeliveryPickedUp(delivery.getOrderId(), delivery.getRiderId()));
    }
}
