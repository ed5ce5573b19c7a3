package org.fooddelivery.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fooddelivery.delivery.domain.Delivery;
import org.fooddelivery.delivery.domain.DeliveryRepository;
import org.fooddelivery.events.kitchen.CookingFinished;

import java.time.Instant;

/**
 * A delivery from the saga's side: offered to riders when cooking finished, closed when the order
 * completed, withdrawn when it ended, escalated to the operators when no rider took it in time.
 * (Riders' own steps: {@link FindDeliveries}, {@link PickUpDelivery}.)
 */
@ApplicationScoped
public class DeliveryLifecycle {

    @Inject
    DeliveryRepository deliveries;

    /** F7: the food is ready, riders of the customer's area see it; once per order. */
    @Transactional
    public void offer(CookingFinished ready) {
        if (deliveries.find(ready.orderId()).isPresent()) {
            return;
        }
        var address = ready.deliveryAddress();
        deliveries.add(new Delivery(ready.orderId(), ready.customerId(), ready.storeId(), ready.storeName(),
                ready.storeLat(), ready.storeLng(), address.area(), address.street(), address.lat(), address.lng(),
                Instant.now()));
    }

    @Transactional
    public void complete(String orderId) {
        deliveries.lock(orderId).ifPresent(d -> d.delivered(Instant.now()));
    }

    /**
     * The order was rejected or cancelled: whatever it is on the board, no rider sees or picks it
     * up any more. An order that never reached the board leaves a withdrawn placeholder, so a
     * CookingFinished that comes later offers nothing.
     */
    @Transactional
    public void withdraw(String orderId, String reason) {
        deliveries.lock(orderId).ifPresentOrElse(d -> d.withdraw(reason),
                () -> deliveries.add(Delivery.withdrawnBeforeReady(orderId, reason, Instant.now())));
    }

    /** @return true if the delivery went to the operators now (locked, the rule checked again) */
    @Transactional
    public boolean escalateIfStillWaiting(String orderId, Instant cutoff) {
        return deliveries.lock(orderId).map(d -> d.escalate(cutoff, Instant.now())).orElse(false);
    }
}
