package org.fooddelivery.delivery.domain;

import org.fooddelivery.platform.application.InvalidRequestException;

/**
 * F7, which deliveries a rider sees on the board: the ones waiting for a rider in the area asked
 * for (an area the rider serves: {@link RiderAreas}) and, when the rider gives a position, only
 * those whose customer is within {@code radiusKm} of it. With a position, a delivery without
 * coordinates is left out: nobody can say it is near.
 */
public record RiderSearch(String area, Double lat, Double lng, double radiusKm) {

    /** @throws InvalidRequestException for half a position (lat without lng, or lng without lat) */
    public RiderSearch {
        if ((lat == null) != (lng == null)) {
            throw new InvalidRequestException(lat == null ? "lat" : "lng", "give both lat and lng, or neither");
        }
        area = area.trim();
    }

    public boolean hasPosition() {
        return lat != null;
    }

    public boolean shows(Delivery delivery) {
        return delivery.isWaitingIn(area) && (!hasPosition() || delivery.isWithin(lat, lng, radiusKm));
    }

    /** From the rider to the customer in km, to two decimals; null unless both positions are known. */
    public Double distanceKm(Delivery delivery) {
        if (!hasPosition() || delivery.getLat() == null || delivery.getLng() == null) {
            return null;
        }
        return Math.round(GeoDistance.km(lat, lng, delivery.getLat(), delivery.getLng()) * 100) / 100.0;
    }
}
