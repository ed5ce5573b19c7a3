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

    @Test
    void anEndedOrderIsWithdrawnFromTheBoardAndFromTheRider() {
        Delivery waiting = ready(null, null);
        assertTrue(waiting.withdraw("PAYMENT_VOIDED"));
        assertEquals(DeliveryStatus.WITHDRAWN, waiting.getStatus());
        assertFalse(waiting.pickUp("rider1", Instant.now()), "no rider takes a dead order");
        assertFalse(waiting.withdraw("again"), "once");
        assertEquals("PAYMENT_VOIDED", waiting.getWithdrawnReason());

        Delivery placeholder = Delivery.withdrawnBeforeReady("o-2", "CANCELLED_BY_CUSTOMER", Instant.now());
        assertFalse(placeholder.wasOffered());
        assertFalse(placeholder.pickUp("rider1", Instant.now()));
    }

    @Test
    void aDeliveryNobodyTakesIsEscalatedOnceItsTimeHasCome() {
        Instant readyAt = Instant.parse("2026-12-01T12:00:00Z");
        Delivery delivery = new Delivery("o-1", "customer1", 1, "Gangnam Chicken House", 37.4979, 127.0276, "gangnam",
                "Teheran-ro 1", null, null, readyAt);
        assertFalse(delivery.escalate(readyAt.minusSeconds(1), readyAt), "offered after the cutoff: not yet");
        assertTrue(delivery.escalate(readyAt, readyAt.plusSeconds(60)));
        assertFalse(delivery.escalate(readyAt.plusSeconds(60), readyAt.plusSeconds(60)), "once");
        assertTrue(delivery.pickUp("rider1", readyAt.plusSeconds(90)), "still the riders' to take");
        assertFalse(delivery.isWaitingForRiderSince(readyAt.plusSeconds(100)));
    }
}
