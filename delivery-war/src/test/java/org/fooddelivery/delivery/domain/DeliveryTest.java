package org.fooddelivery.delivery.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeliveryTest {

    private static Delivery ready(Double lat, Double lng) {
        return new Delivery("o-1", "customer1", 1, "Gangnam Chicken House", 37.4979, 127.0276, "gangnam",
                "Teheran-ro 1", lat, lng, Instant.now());
    }

    @Test
    void onlyTheFirstRiderPicksUp() {
        Delivery delivery = ready(37.498, 127.027);
        assertTrue(delivery.pickUp("rider1", Instant.now()));
        assertFalse(delivery.pickUp("rider2", Instant.now()));
        assertFalse(delivery.pickUp("rider1", Instant.now()));
        assertEquals("rider1", delivery.getRiderId());
        assertEquals(DeliveryStatus.PICKED_UP, delivery.getStatus());
    }

    @Test
    void deliveredOnlyAfterPickup() {
        Delivery delivery = ready(null, null);
        delivery.delivered(Instant.now());
        assertEquals(DeliveryStatus.READY_FOR_PICKUP, delivery.getStatus());
        delivery.pickUp("rider1", Instant.now());
        delivery.delivered(Instant.now());
        assertEquals(DeliveryStatus.DELIVERED, delivery.getStatus());
    }

    @Test
    void radiusUsesGreatCircleDistance() {
        // Gangnam station to Seoul City Hall: about 8.9 km as the crow flies.
        double km = GeoDistance.km(37.4979, 127.0276, 37.5663, 126.9779);
        assertEquals(8.9, km, 0.2);
        assertEquals(0, GeoDistance.km(37.5, 127.0, 37.5, 127.0), 1e-9);

        Delivery delivery = ready(37.5663, 126.9779);
        assertTrue(delivery.isWithin(37.4979, 127.0276, 10));
        assertFalse(delivery.isWithin(37.4979, 127.0276, 5));
        assertFalse(ready(null, null).isWithin(37.4979, 127.0276, 100), "no coordinates, not within any radius");
    }
}
