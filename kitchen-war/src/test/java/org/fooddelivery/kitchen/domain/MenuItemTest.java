package org.fooddelivery.kitchen.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A dish's two numbers, on hand and reserved, and available = on hand − reserved. */
class MenuItemTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    private static MenuItem dish(int onHand) {
        return new MenuItem(12, 1, "Seasoned chicken", 19000, onHand);
    }

    private static void assertNumbers(int onHand, int reserved, int available, MenuItem item) {
        assertEquals(onHand, item.getOnHand(), "on hand");
        assertEquals(reserved, item.getReserved(), "reserved");
        assertEquals(available, item.available(), "available");
    }

    /** Issue 13's table: a recount while an order is open no longer adds its portions twice. */
    @Test
    void recountWhileAnOrderIsOpenThenRejectEndsWhereTheShelfIs() {
        MenuItem item = dish(0);
        item.count(10, "counted", "owner1", NOW);
        assertNumbers(10, 0, 10, item);
        item.reserve(2);
        assertNumbers(10, 2, 8, item);
        item.count(10, "counted again", "owner1", NOW);
        assertNumbers(10, 2, 8, item);
        item.release(2);
        assertNumbers(10, 0, 10, item);
    }

    @Test
    void cookingConsumesTheReservationFromTheShelf() {
        MenuItem item = dish(10);
        item.reserve(3);
        item.consume(3);
        assertNumbers(7, 0, 7, item);
        assertThrows(IllegalStateException.class, () -> item.consume(1), "nothing reserved is left to cook");
    }

    @Test
    void ordersAreCheckedAgainstAvailableNotOnHand() {
        MenuItem item = dish(5);
        item.reserve(4);
        assertThrows(IllegalStockChange.class, () -> item.reserve(2));
        assertNumbers(5, 4, 1, item);
        item.reserve(1);
        assertNumbers(5, 5, 0, item);
    }

    @Test
    void countingFewerThanReservedKeepsEveryReservationAndSellsNothingMore() {
        MenuItem item = dish(10);
        item.reserve(2);
        item.reserve(6);
        StockAdjustment line = item.count(5, "dropped a tray", "owner1", NOW);
        assertEquals(-5, line.getDelta());
        assertNumbers(5, 8, 0, item);
        assertEquals(3, item.shortfall(), "the open tickets miss 3 portions");
        assertThrows(IllegalStockChange.class, () -> item.reserve(1), "nothing more is sold");

        item.consume(2);
        assertNumbers(3, 6, 0, item);
        assertThrows(IllegalStockChange.class, () -> item.consume(6), "cannot cook what is not on the shelf");
        assertNumbers(3, 6, 0, item);
        item.release(6); // the owner rejects that order: refunded, not lost
        assertNumbers(3, 0, 3, item);
        assertEquals(0, item.shortfall());
    }

    @Test
    void adjustmentsAreRelativeAndNeverTakeOnHandBelowZero() {
        MenuItem item = dish(10);
        item.reserve(4);
        StockAdjustment spoiled = item.adjust(-3, "spoiled", "owner1", NOW);
        assertNumbers(7, 4, 3, item);
        assertEquals(StockAdjustment.Kind.ADJUSTMENT, spoiled.getKind());
        assertEquals(-3, spoiled.getDelta());
        assertEquals(7, spoiled.getOnHandAfter());
        assertEquals(4, spoiled.getReservedAfter());
        assertEquals("spoiled", spoiled.getReason());
        assertEquals("owner1", spoiled.getRecordedBy());

        assertThrows(IllegalStockChange.class, () -> item.adjust(-8, "too many", "owner1", NOW));
        assertThrows(IllegalStockChange.class, () -> item.adjust(0, "nothing", "owner1", NOW));
        assertThrows(IllegalStockChange.class, () -> item.adjust(MenuItem.MAX_ON_HAND, "absurd", "owner1", NOW));
        assertNumbers(7, 4, 3, item);
    }

    @Test
    void aReservationIsReleasedAtMostOnce() {
        MenuItem item = dish(10);
        item.reserve(2);
        item.release(2);
        assertThrows(IllegalStateException.class, () -> item.release(2));
        assertNumbers(10, 0, 10, item);
    }

    @Test
    void countsOutsideTheRangeAreRefused() {
        MenuItem item = dish(10);
        assertThrows(IllegalStockChange.class, () -> item.count(-1, "x", "owner1", NOW));
        assertThrows(IllegalStockChange.class, () -> item.count(MenuItem.MAX_ON_HAND + 1, "x", "owner1", NOW));
        assertNumbers(10, 0, 10, item);
    }
}
