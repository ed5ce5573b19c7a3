package org.fooddelivery.delivery.domain;

import org.fooddelivery.platform.application.NotYoursException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeliveryTest {

    private static final RiderAreas AREAS = new RiderAreas(List.of("rider1=gangnam", "rider2=mapo", "rider3=gangnam"));

    private static Delivery ready(Double lat, Double lng) {
        return new Delivery("o-1", "customer1", 1, "Gangnam Chicken House", 37.4979, 127.0276, "gangnam",
                "Teheran-ro 1", lat, lng, Instant.now());
    }

    @Test
    void onlyTheFirstRiderPicksUp() {
        Delivery delivery = ready(37.498, 127.027);
        delivery.pickUp("rider1", AREAS, Instant.now());
        assertEquals("order o-1 was already picked up by another rider",
                assertThrows(DeliveryStateException.class, () -> delivery.pickUp("rider3", AREAS, Instant.now())).getMessage());
        assertEquals("order o-1 was already picked up by you",
                assertThrows(DeliveryStateException.class, () -> delivery.pickUp("rider1", AREAS, Instant.now())).getMessage());
        assertEquals("rider1", delivery.getRiderId());
        assertEquals(DeliveryStatus.PICKED_UP, delivery.getStatus());
    }

    @Test
    void onlyRidersOfItsAreaPickUpAndTheyLearnOfAnEndedOrderFirst() {
        Delivery delivery = ready(null, null);
        assertEquals("the delivery of order o-1 is in area gangnam; you ride in mapo",
                assertThrows(NotYoursException.class, () -> delivery.pickUp("rider2", AREAS, Instant.now())).getMessage());
        assertEquals(DeliveryStatus.READY_FOR_PICKUP, delivery.getStatus(), "a refusal changes nothing");
        delivery.pickUp("rider1", AREAS, Instant.now());
        assertThrows(NotYoursException.class, () -> delivery.pickUp("rider2", AREAS, Instant.now()),
                "another area's rider learns nothing of who has it");

        Delivery ended = ready(null, null);
        ended.withdraw("PAYMENT_VOIDED");
        assertEquals("order o-1 ended (PAYMENT_VOIDED): there is nothing to deliver",
                assertThrows(DeliveryStateException.class, () -> ended.pickUp("rider2", AREAS, Instant.now())).getMessage());
    }

    @Test
    void itsCustomerTheRiderWhoHasItAndRidersOfItsAreaReadIt() {
        Delivery delivery = ready(null, null);
        delivery.requireReadableBy("customer1", false, AREAS);
        assertEquals("order o-1 is not yours",
                assertThrows(NotYoursException.class, () -> delivery.requireReadableBy("customer2", false, AREAS)).getMessage());
        delivery.requireReadableBy("rider3", true, AREAS);
        assertThrows(NotYoursException.class, () -> delivery.requireReadableBy("rider2", true, AREAS));
        assertThrows(NotYoursException.class, () -> delivery.requireReadableBy("rider1", false, AREAS),
                "a rider's id is no customer's");

        Delivery elsewhere = new Delivery("o-9", "customer1", 1, "Mapo Noodles", 37.55, 126.91, "mapo", "Mapo-daero 1",
                null, null, Instant.now());
        elsewhere.pickUp("rider2", AREAS, Instant.now());
        RiderAreas moved = new RiderAreas(List.of("rider2=gangnam"));
        elsewhere.requireReadableBy("rider2", true, moved);
        assertThrows(NotYoursException.class, () -> elsewhere.requireReadableBy("rider4", true, moved));
    }

    @Test
    void onTheBoardOfItsAreaOnlyWhileWaiting() {
        Delivery delivery = ready(null, null);
        assertTrue(delivery.isWaitingIn("gangnam"));
        assertFalse(delivery.isWaitingIn("mapo"));
        delivery.pickUp("rider1", AREAS, Instant.now());
        assertFalse(delivery.isWaitingIn("gangnam"));
    }

    @Test
    void deliveredOnlyAfterPickup() {
        Delivery delivery = ready(null, null);
        delivery.delivered(Instant.now());
        assertEquals(DeliveryStatus.READY_FOR_PICKUP, delivery.getStatus());
        delivery.pickUp("rider1", AREAS, Instant.now());
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
        assertThrows(DeliveryStateException.class, () -> waiting.pickUp("rider1", AREAS, Instant.now()),
                "no rider takes a dead order");
        assertFalse(waiting.withdraw("again"), "once");
        assertEquals("PAYMENT_VOIDED", waiting.getWithdrawnReason());

        Delivery placeholder = Delivery.withdrawnBeforeReady("o-2", "CANCELLED_BY_CUSTOMER", Instant.now());
        assertFalse(placeholder.wasOffered());
        assertThrows(DeliveryStateException.class, () -> placeholder.pickUp("rider1", AREAS, Instant.now()));
    }

    @Test
    void aDeliveryNobodyTakesIsEscalatedOnceItsTimeHasCome() {
        Instant readyAt = Instant.parse("2026-12-01T12:00:00Z");
        Delivery delivery = new Delivery("o-1", "customer1", 1, "Gangnam Chicken House", 37.4979, 127.0276, "gangnam",
                "Teheran-ro 1", null, null, readyAt);
        assertFalse(delivery.escalate(readyAt.minusSeconds(1), readyAt), "offered after the cutoff: not yet");
        assertTrue(delivery.escalate(readyAt, readyAt.plusSeconds(60)));
        assertFalse(delivery.escalate(readyAt.plusSeconds(60), readyAt.plusSeconds(60)), "once");
        delivery.pickUp("rider1", AREAS, readyAt.plusSeconds(90)); // still the riders' to take
        assertFalse(delivery.isWaitingForRiderSince(readyAt.plusSeconds(100)));
    }
}
