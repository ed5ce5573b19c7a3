package org.fooddelivery.delivery.application;

import org.fooddelivery.delivery.domain.DeliveryStatus;
import org.fooddelivery.delivery.domain.RiderAreas;
import org.fooddelivery.events.kitchen.CookingFinished;
import org.fooddelivery.events.order.DeliveryAddress;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeliveryLifecycleTest {

    private final InMemoryDeliveries deliveries = new InMemoryDeliveries();
    private final DeliveryLifecycle lifecycle = new DeliveryLifecycle();

    DeliveryLifecycleTest() {
        lifecycle.deliveries = deliveries;
    }

    static CookingFinished cooked(String orderId) {
        return new CookingFinished(orderId, "customer1", 1, "Gangnam Chicken House", 37.4979, 127.0276,
                new DeliveryAddress("gangnam", "Teheran-ro 1", 37.498, 127.027));
    }

    private DeliveryStatus status(String orderId) {
        return deliveries.find(orderId).orElseThrow().getStatus();
    }

    @Test
    void aCookedOrderIsOfferedOnceWithTheCustomersAddress() {
        lifecycle.offer(cooked("o-1"));
        lifecycle.offer(cooked("o-1"));
        assertEquals(1, deliveries.size());
        var offered = deliveries.find("o-1").orElseThrow();
        assertEquals(DeliveryStatus.READY_FOR_PICKUP, offered.getStatus());
        assertEquals("gangnam", offered.getArea());
        assertEquals(37.498, offered.getLat());
    }

    @Test
    void anOrderThatEndsBeforeItIsCookedIsNeverOffered() {
        lifecycle.withdraw("o-1", "PAYMENT_VOIDED");
        lifecycle.offer(cooked("o-1"));
        assertEquals(DeliveryStatus.WITHDRAWN, status("o-1"));
        assertFalse(deliveries.find("o-1").orElseThrow().wasOffered());
        assertEquals(List.of(), deliveries.waitingIn("gangnam", 10));
    }

    @Test
    void completedAfterPickupEndedBeforeIt() {
        lifecycle.offer(cooked("o-1"));
        lifecycle.complete("o-1");
        assertEquals(DeliveryStatus.READY_FOR_PICKUP, status("o-1"), "not delivered before a rider had it");
        deliveries.find("o-1").orElseThrow().pickUp("rider1", new RiderAreas(List.of("rider1=gangnam")), Instant.now());
        lifecycle.complete("o-1");
        assertEquals(DeliveryStatus.DELIVERED, status("o-1"));
        lifecycle.withdraw("o-1", "CANCELLED_BY_CUSTOMER");
        assertEquals(DeliveryStatus.DELIVERED, status("o-1"), "a delivered order stays delivered");
    }

    @Test
    void escalatedOnceWhenNoRiderTookItInTime() {
        lifecycle.offer(cooked("o-1"));
        Instant later = Instant.now().plusSeconds(3600);
        assertTrue(lifecycle.escalateIfStillWaiting("o-1", later));
        assertFalse(lifecycle.escalateIfStillWaiting("o-1", later));
        assertFalse(lifecycle.escalateIfStillWaiting("o-unknown", later));
    }
}
