package org.fooddelivery.delivery.api;

import org.fooddelivery.delivery.domain.Delivery;
import org.fooddelivery.delivery.domain.DeliveryStatus;

import java.time.Instant;

/**
 * A delivery as riders and its customer see it (contract §5 plus where to fetch and bring it);
 * {@code withdrawnReason} why a WITHDRAWN one's order ended, {@code escalatedAt} when it went to the
 * operators because no rider took it in time.
 */
public record DeliveryView(String orderId, DeliveryStatus status, String riderId, String area, String street,
                           Double lat, Double lng, long storeId, String storeName, double storeLat, double storeLng,
                           Double distanceKm, Instant readyAt, Instant pickedUpAt, String withdrawnReason,
                           Instant escalatedAt) {

    static DeliveryView of(Delivery d, Double distanceKm) {
        return new DeliveryView(d.getOrderId(), d.getStatus(), d.getRiderId(), d.getArea(), d.getStreet(), d.getLat(),
                d.getLng(), d.getStoreId(), d.getStoreName(), d.getStoreLat(), d.getStoreLng(), distanceKm,
                d.getReadyAt(), d.getPickedUpAt(), d.getWithdrawnReason(), d.getEscalatedAt());
    }
}
