package org.fooddelivery.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fooddelivery.delivery.domain.Delivery;
import org.fooddelivery.delivery.domain.DeliveryRepository;
import org.fooddelivery.delivery.domain.RiderAreas;
import org.fooddelivery.delivery.domain.RiderSearch;
import org.fooddelivery.platform.application.NoSuchResourceException;

import java.util.List;

/**
 * F7 and the operators' list: the deliveries a rider sees ({@link RiderSearch}), one delivery for
 * whoever may read it ({@link Delivery#requireReadableBy}), and the ones no rider took in time.
 */
@ApplicationScoped
public class FindDeliveries {

    @Inject
    DeliveryRepository deliveries;

    @Inject
    RiderAreas riderAreas;

    /** At most this many of an area's waiting deliveries, the oldest first. */
    @Inject
    @ConfigProperty(name = "delivery.board.max-listed")
    int maxListed;

    @Inject
    @ConfigProperty(name = "delivery.unpicked.max-listed")
    int maxUnpicked;

    /** Waiting deliveries of an area the rider serves, as the search shows them. */
    public List<Delivery> near(String riderId, RiderSearch search) {
        riderAreas.requireServes(riderId, search.area(), "the list asked for");
        return deliveries.waitingIn(search.area(), maxListed).stream().filter(search::shows).toList();
    }

    public Delivery one(String callerId, boolean isRider, String orderId) {
        Delivery delivery = deliveries.find(orderId).filter(Delivery::wasOffered)
                .orElseThrow(() -> new NoSuchResourceException("no delivery for order " + orderId));
        delivery.requireReadableBy(callerId, isRider, riderAreas);
        return delivery;
    }

    /** Still waiting for a rider after the operators were told, oldest first. */
    public List<Delivery> unpicked() {
        return deliveries.escalated(maxUnpicked);
    }
}
