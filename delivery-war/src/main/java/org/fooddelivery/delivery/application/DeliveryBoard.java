package org.fooddelivery.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fooddelivery.events.delivery.DeliveryPickedUp;
import org.fooddelivery.events.kitchen.CookingFinished;
import org.fooddelivery.platform.messaging.EventPublisher;
import org.fooddelivery.platform.problem.ProblemException;
import org.fooddelivery.delivery.domain.Delivery;
import org.fooddelivery.delivery.domain.DeliveryRepository;
import org.fooddelivery.delivery.domain.DeliveryStatus;

import java.time.Instant;
import java.util.List;

/** F7, F8: cooked orders offered to riders near the customer, and picked up by exactly one. */
@ApplicationScoped
public class DeliveryBoard {

    @Inject
    DeliveryRepository deliveries;

    @Inject
    EventPublisher events;

    @Inject
    RiderAreas riderAreas;

    @Transactional
    public void onCookingFinished(CookingFinished ready) {
        if (deliveries.find(ready.orderId()).isPresent()) {
            return;
        }
        var address = ready.deliveryAddress();
        deliveries.add(new Delivery(ready.orderId(), ready.customerId(), ready.storeId(), ready.storeName(),
                ready.storeLat(), ready.storeLng(), address.area(), address.street(), address.lat(), address.lng(),
                Instant.now()));
    }

    @Transactional
    public void onOrderCompleted(String orderId) {
        deliveries.lock(orderId).ifPresent(d -> d.delivered(Instant.now()));
    }

    /**
     * The order was rejected or cancelled: whatever it is on the board, no rider sees or picks it
     * up any more. An order that never reached the board leaves a withdrawn placeholder, so a
     * CookingFinished that comes later offers nothing.
     */
    @Transactional
    public void onOrderEnded(String orderId, String reason) {
        deliveries.lock(orderId).ifPresentOrElse(d -> d.withdraw(reason),
                () -> deliveries.add(Delivery.withdrawnBeforeReady(orderId, reason, Instant.now())));
    }

    /** @return true if the delivery went to the operators now (locked, the rule checked again) */
    @Transactional
    public boolean escalateIfStillWaiting(String orderId, Instant cutoff) {
        return deliveries.lock(orderId).map(d -> d.escalate(cutoff, Instant.now())).orElse(false);
    }

    public List<Delivery> escalated() {
        return deliveries.escalated(500);
    }

    /** Waiting deliveries of an area the rider serves; with a position, only those within the radius of it. */
    public List<Delivery> near(String riderId, String area, Double lat, Double lng, double radiusKm) {
        riderAreas.requireServes(riderId, area, "the list asked for");
        List<Delivery> waiting = deliveries.waitingIn(area);
        if (lat == null || lng == null) {
            return waiting;
        }
        return waiting.stream().filter(d -> d.isWithin(lat, lng, radiusKm)).toList();
    }

    public Delivery one(String callerId, boolean isRider, String orderId) {
        Delivery delivery = deliveries.find(orderId).filter(Delivery::wasOffered)
                .orElseThrow(() -> ProblemException.notFound("no delivery for order " + orderId));
        if (!isRider && !delivery.belongsTo(callerId)) {
            throw ProblemException.forbidden("order " + orderId + " is not yours");
        }
        if (isRider && !callerId.equals(delivery.getRiderId())) {
            riderAreas.requireServes(callerId, delivery.getArea(), "the delivery of order " + orderId);
        }
        return delivery;
    }

    @Transactional
    public Delivery pickUp(String riderId, String orderId) {
        Delivery delivery = deliveries.lock(orderId).filter(Delivery::wasOffered)
                .orElseThrow(() -> ProblemException.notFound("no delivery ready for order " + orderId));
        if (delivery.getStatus() == DeliveryStatus.WITHDRAWN) {
            throw ProblemException.conflict("order " + orderId + " ended (" + delivery.getWithdrawnReason()
                    + "): there is nothing to deliver");
        }
        riderAreas.requireServes(riderId, delivery.getArea(), "the delivery of order " + orderId);
        if (!delivery.pickUp(riderId, Instant.now())) {
            throw ProblemException.conflict("order " + orderId + " was already picked up"
                    + (riderId.equals(delivery.getRiderId()) ? " by you" : " by another rider"));
        }
        events.publish(new DeliveryPickedUp(orderId, riderId));
        return delivery;
    }
}
