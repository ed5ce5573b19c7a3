package org.fooddelivery.delivery.application;

import org.fooddelivery.delivery.domain.Delivery;
import org.fooddelivery.delivery.domain.DeliveryStateException;
import org.fooddelivery.delivery.domain.DeliveryStatus;
import org.fooddelivery.delivery.domain.RiderAreas;
import org.fooddelivery.platform.application.NoSuchResourceException;
import org.fooddelivery.platform.application.NotYoursException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** F8 against an in-memory board and a recording port: one winner, announced once; refusals announce nothing. */
class PickUpDeliveryTest {

    /** What the use case announced. */
    static final class RecordedEvents implements DeliveryEvents {
        final List<String> pickedUp = new ArrayList<>();

        @Override
        public void pickedUp(Delivery delivery) {
            pickedUp.add(delivery.getOrderId() + " by " + delivery.getRiderId());
        }
    }

    private final InMemoryDeliveries deliveries = new InMemoryDeliveries();
    private final RecordedEvents events = new RecordedEvents();
    private final PickUpDelivery useCase = new PickUpDelivery();

    PickUpDeliveryTest() {
        useCase.deliveries = deliveries;
        useCase.events = events;
        useCase.riderAreas = new RiderAreas(List.of("rider1=gangnam", "rider2=mapo", "rider3=gangnam"));
        deliveries.add(new Delivery("o-1", "customer1", 1, "Gangnam Chicken House", 37.4979, 127.0276, "gangnam",
                "Teheran-ro 1", null, null, Instant.now()));
    }

    @Test
    void theFirstRiderOfTheAreaGetsItAndItIsAnnouncedOnce() {
        Delivery taken = useCase.pickUp("rider1", "o-1");
        assertEquals(DeliveryStatus.PICKED_UP, taken.getStatus());
        assertEquals("order o-1 was already picked up by another rider",
                assertThrows(DeliveryStateException.class, () -> useCase.pickUp("rider3", "o-1")).getMessage());
        assertEquals("order o-1 was already picked up by you",
                assertThrows(DeliveryStateException.class, () -> useCase.pickUp("rider1", "o-1")).getMessage());
        assertEquals(List.of("o-1 by rider1"), events.pickedUp);
    }

    @Test
    void aRiderOfAnotherAreaIsRefusedAndNothingIsAnnounced() {
        assertThrows(NotYoursException.class, () -> useCase.pickUp("rider2", "o-1"));
        assertEquals(DeliveryStatus.READY_FOR_PICKUP, deliveries.find("o-1").orElseThrow().getStatus());
        assertEquals(List.of(), events.pickedUp);
    }

    @Test
    void anUnknownOrAnEndedOrderIsNotThereToTake() {
        assertEquals("no delivery ready for order o-2",
                assertThrows(NoSuchResourceException.class, () -> useCase.pickUp("rider1", "o-2")).getMessage());
        deliveries.add(Delivery.withdrawnBeforeReady("o-3", "PAYMENT_VOIDED", Instant.now()));
        assertThrows(NoSuchResourceException.class, () -> useCase.pickUp("rider1", "o-3"),
                "an order that ended before it was cooked was never offered");
        deliveries.find("o-1").orElseThrow().withdraw("CANCELLED_BY_CUSTOMER");
        assertEquals("order o-1 ended (CANCELLED_BY_CUSTOMER): there is nothing to deliver",
                assertThrows(DeliveryStateException.class, () -> useCase.pickUp("rider1", "o-1")).getMessage());
        assertEquals(List.of(), events.pickedUp);
    }
}
