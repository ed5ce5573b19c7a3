package org.fooddelivery.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fooddelivery.delivery.domain.Delivery;
import org.fooddelivery.delivery.domain.DeliveryRepository;
import org.fooddelivery.delivery.domain.RiderAreas;
import org.fooddelivery.platform.application.NoSuchResourceException;

import java.time.Instant;

/**
 * F8: a rider takes a delivery. Riders racing for it are served one after the other on its row's
 * lock; {@link Delivery#pickUp} decides who gets it, and the winner's pickup is announced in the
 * same transaction.
 */
@ApplicationScoped
public class PickUpDelivery {

    @Inject
    DeliveryRepository deliveries;

    @Inject
    RiderAreas riderAreas;

    @Inject
    DeliveryEvents events;

    @Transactional
    public Delivery pickUp(String riderId, String orderId) {
        Delivery delivery = deliveries.lock(orderId).filter(Delivery::wasOffered)
                .orElseThrow(() -> new NoSuchResourceException("no delivery ready for order " + orderId));
        delivery.pickUp(riderId, riderAreas, Instant.now());
        events.pickedUp(delivery);
        return delivery;
    }
}
