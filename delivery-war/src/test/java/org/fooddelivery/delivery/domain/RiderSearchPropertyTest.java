package org.fooddelivery.delivery.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.fooddelivery.platform.application.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** F7's board rule: what a rider's search shows, for random positions around Seoul and random radii. */
class RiderSearchPropertyTest {

    private static final RiderAreas AREAS = new RiderAreas(java.util.List.of("rider1=gangnam"));

    @Provide
    Arbitrary<Double> latitudes() {
        return Arbitraries.doubles().between(37.40, 37.70);
    }

    @Provide
    Arbitrary<Double> longitudes() {
        return Arbitraries.doubles().between(126.80, 127.20);
    }

    private static Delivery waitingAt(Double lat, Double lng) {
        return new Delivery("o-1", "customer1", 1, "Gangnam Chicken House", 37.4979, 127.0276, "gangnam",
                "Teheran-ro 1", lat, lng, Instant.now());
    }

    @Property
    void aPositionedSearchShowsExactlyTheWaitingDeliveriesWithinItsRadius(
            @ForAll("latitudes") double riderLat, @ForAll("longitudes") double riderLng,
            @ForAll("latitudes") double customerLat, @ForAll("longitudes") double customerLng,
            @ForAll @DoubleRange(min = 0, max = 100) double radiusKm) {
        RiderSearch search = new RiderSearch("gangnam", riderLat, riderLng, radiusKm);
        Delivery delivery = waitingAt(customerLat, customerLng);
        double km = GeoDistance.km(riderLat, riderLng, customerLat, customerLng);
        assertEquals(km <= radiusKm, search.shows(delivery));
        assertEquals(km, search.distanceKm(delivery), 0.005 + 1e-9, "shown to two decimals");
    }

    @Property
    void aWiderRadiusNeverShowsLess(
            @ForAll("latitudes") double riderLat, @ForAll("longitudes") double riderLng,
            @ForAll("latitudes") double customerLat, @ForAll("longitudes") double customerLng,
            @ForAll @DoubleRange(min = 0, max = 50) double radiusKm, @ForAll @DoubleRange(min = 0, max = 50) double more) {
        Delivery delivery = waitingAt(customerLat, customerLng);
        if (new RiderSearch("gangnam", riderLat, riderLng, radiusKm).shows(delivery)) {
            assertTrue(new RiderSearch("gangnam", riderLat, riderLng, radiusKm + more).shows(delivery));
        }
    }

    @Property
    void withoutAPositionEveryWaitingDeliveryOfTheAreaShowsAndNoOther(
            @ForAll("latitudes") double customerLat, @ForAll("longitudes") double customerLng,
            @ForAll @DoubleRange(min = 0, max = 100) double radiusKm) {
        RiderSearch search = new RiderSearch(" gangnam ", null, null, radiusKm);
        assertTrue(search.shows(waitingAt(customerLat, customerLng)));
        assertTrue(search.shows(waitingAt(null, null)));
        assertNull(search.distanceKm(waitingAt(customerLat, customerLng)), "no position, no distance");
        assertFalse(new RiderSearch("mapo", null, null, radiusKm).shows(waitingAt(customerLat, customerLng)));
    }

    @Property
    void aPositionedSearchLeavesOutADeliveryWithoutCoordinates(
            @ForAll("latitudes") double riderLat, @ForAll("longitudes") double riderLng) {
        RiderSearch search = new RiderSearch("gangnam", riderLat, riderLng, 100);
        assertFalse(search.shows(waitingAt(null, null)));
        assertNull(search.distanceKm(waitingAt(null, null)));
    }

    @Property
    void aTakenOrEndedDeliveryIsNeverShown(@ForAll("latitudes") double lat, @ForAll("longitudes") double lng) {
        Delivery taken = waitingAt(lat, lng);
        taken.pickUp("rider1", AREAS, Instant.now());
        Delivery ended = waitingAt(lat, lng);
        ended.withdraw("CANCELLED_BY_CUSTOMER");
        RiderSearch search = new RiderSearch("gangnam", lat, lng, 100);
        assertFalse(search.shows(taken));
        assertFalse(search.shows(ended));
    }

    @Test
    void halfAPositionIsRefusedNamingTheMissingHalf() {
        InvalidRequestException noLng = assertThrows(InvalidRequestException.class,
                () -> new RiderSearch("gangnam", 37.5, null, 3));
        assertEquals("lng", noLng.field());
        assertEquals("give both lat and lng, or neither", noLng.getMessage());
        assertEquals("lat", assertThrows(InvalidRequestException.class,
                () -> new RiderSearch("gangnam", null, 127.0, 3)).field());
    }
}
