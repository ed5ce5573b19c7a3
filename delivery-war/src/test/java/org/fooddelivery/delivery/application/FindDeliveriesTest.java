package org.fooddelivery.delivery.application;

import org.fooddelivery.delivery.domain.Delivery;
import org.fooddelivery.delivery.domain.RiderAreas;
import org.fooddelivery.delivery.domain.RiderSearch;
import org.fooddelivery.platform.application.NoSuchResourceException;
import org.fooddelivery.platform.application.NotYoursException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FindDeliveriesTest {

    private static final Instant T0 = Instant.parse("2026-12-01T12:00:00Z");
    private final InMemoryDeliveries deliveries = new InMemoryDeliveries();
    private final RiderAreas areas = new RiderAreas(List.of("rider1=gangnam", "rider2=mapo"));
    private final FindDeliveries find = new FindDeliveries();

    FindDeliveriesTest() {
        find.deliveries = deliveries;
        find.riderAreas = areas;
        find.maxListed = 2;
        find.maxUnpicked = 10;
        // Gangnam station, then Seoul City Hall (~8.9 km away), then one without coordinates; one in Mapo.
        deliveries.add(at("o-near", "gangnam", 37.4980, 127.0277, T0));
        deliveries.add(at("o-far", "gangnam", 37.5663, 126.9779, T0.plusSeconds(1)));
        deliveries.add(at("o-unplaced", "gangnam", null, null, T0.plusSeconds(2)));
        deliveries.add(at("o-mapo", "mapo", 37.55, 126.91, T0));
    }

    private static Delivery at(String orderId, String area, Double lat, Double lng, Instant readyAt) {
        return new Delivery(orderId, "customer1", 1, "Store", 37.4979, 127.0276, area, "Street 1", lat, lng, readyAt);
    }

    private List<String> near(String rider, RiderSearch search) {
        return find.near(rider, search).stream().map(Delivery::getOrderId).toList();
    }

    @Test
    void aRiderSeesTheWaitingDeliveriesOfTheirAreaWithinTheRadiusOfTheirPosition() {
        assertEquals(List.of("o-near"), near("rider1", new RiderSearch("gangnam", 37.4979, 127.0276, 3)));
        assertEquals(List.of("o-near", "o-far"), near("rider1", new RiderSearch("gangnam", 37.4979, 127.0276, 10)));
        assertEquals(List.of("o-near", "o-far"), near("rider1", new RiderSearch("gangnam", null, null, 3)),
                "without a position the whole area, up to delivery.board.max-listed, oldest first");
    }

    @Test
    void anAreaTheRiderDoesNotServeIsRefused() {
        assertEquals("the list asked for is in area mapo; you ride in gangnam", assertThrows(NotYoursException.class,
                () -> find.near("rider1", new RiderSearch("mapo", null, null, 3))).getMessage());
    }

    @Test
    void oneDeliveryForItsCustomerOrARiderOfItsArea() {
        assertEquals("o-mapo", find.one("rider2", true, "o-mapo").getOrderId());
        assertEquals("o-mapo", find.one("customer1", false, "o-mapo").getOrderId());
        assertThrows(NotYoursException.class, () -> find.one("rider1", true, "o-mapo"));
        assertThrows(NotYoursException.class, () -> find.one("customer2", false, "o-mapo"));
        assertEquals("no delivery for order o-none",
                assertThrows(NoSuchResourceException.class, () -> find.one("rider1", true, "o-none")).getMessage());
        deliveries.add(Delivery.withdrawnBeforeReady("o-ended", "PAYMENT_VOIDED", T0));
        assertThrows(NoSuchResourceException.class, () -> find.one("rider1", true, "o-ended"));
    }

    @Test
    void theOperatorsListHoldsEscalatedDeliveriesStillWaiting() {
        deliveries.find("o-far").orElseThrow().escalate(T0.plusSeconds(5), T0.plusSeconds(6));
        assertEquals(List.of("o-far"), find.unpicked().stream().map(Delivery::getOrderId).toList());
    }
}
