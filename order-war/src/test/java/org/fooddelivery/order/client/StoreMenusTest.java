package org.fooddelivery.order.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.fooddelivery.order.domain.MenuPrice;
import org.junit.jupiter.api.Test;

class StoreMenusTest {

    /** A kitchen that counts how often it is asked; store 1 exists, store 9 does not. */
    static final class CountingCatalog extends StoreCatalog {
        int asked;
        long price = 18000;
        RuntimeException failure;
        Runnable whileAsked = () -> { };

        @Override
        public List<MenuPrice> currentMenu(long storeId) {
            asked++;
            whileAsked.run();
            if (failure != null) {
                throw failure;
            }
            if (storeId == 9) {
                throw new UnknownStoreException("no store " + storeId);
            }
            return List.of(new MenuPrice(11, "Fried chicken", price));
        }
    }

    private final CountingCatalog kitchen = new CountingCatalog();
    private Instant now = Instant.parse("2026-12-01T12:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final StoreMenus menus = new StoreMenus(kitchen, Duration.ofSeconds(60), clock);

    @Test
    void ordersWithinTheMaxAgeArePricedWithoutAskingTheKitchenAgain() {
        menus.pricesOf(1);
        now = now.plusSeconds(59);
        assertEquals(18000, menus.pricesOf(1).get(0).price());
        assertEquals(1, kitchen.asked, "asked once for two orders within a minute");
    }

    @Test
    void aMenuOlderThanTheMaxAgeIsReadAgain() {
        menus.pricesOf(1);
        kitchen.price = 19000;
        now = now.plusSeconds(60);
        assertEquals(19000, menus.pricesOf(1).get(0).price(), "the kitchen's new price once the kept menu is a minute old");
        assertEquals(2, kitchen.asked);
    }

    @Test
    void anUnknownStoreIsNotKept() {
        assertThrows(UnknownStoreException.class, () -> menus.pricesOf(9));
        assertThrows(UnknownStoreException.class, () -> menus.pricesOf(9));
        assertEquals(2, kitchen.asked, "asked each time, so a store added later is found");
    }

    @Test
    void whileOneCallerReadsAnOldMenuAgainTheOthersUseTheKeptPrices() {
        menus.pricesOf(1);
        now = now.plusSeconds(61);
        kitchen.price = 19000;
        long[] seenMeanwhile = new long[1];
        kitchen.whileAsked = () -> seenMeanwhile[0] = menus.pricesOf(1).get(0).price();
        assertEquals(19000, menus.pricesOf(1).get(0).price(), "the caller that asked gets the new answer");
        assertEquals(18000, seenMeanwhile[0], "a caller meanwhile is priced from the kept menu");
        assertEquals(2, kitchen.asked, "one caller asked the kitchen, not both");
    }

    @Test
    void aKitchenThatCannotAnswerLeavesTheKeptPricesInUse() {
        menus.pricesOf(1);
        now = now.plusSeconds(61);
        kitchen.failure = new IllegalStateException("kitchen timed out");
        assertEquals(18000, menus.pricesOf(1).get(0).price());
        kitchen.failure = null;
        kitchen.price = 19000;
        assertEquals(19000, menus.pricesOf(1).get(0).price(), "the next caller asks again");
        assertEquals(3, kitchen.asked);
    }

    @Test
    void aStoreTheKitchenNoLongerHasIsForgotten() {
        menus.pricesOf(1);
        now = now.plusSeconds(61);
        kitchen.failure = new UnknownStoreException("no store 1");
        assertThrows(UnknownStoreException.class, () -> menus.pricesOf(1));
        assertThrows(UnknownStoreException.class, () -> menus.pricesOf(1), "not priced from a store that is gone");
    }

    @Test
    void aFirstReadTheKitchenCannotAnswerIsTheCallersFailure() {
        kitchen.failure = new IllegalStateException("kitchen timed out");
        assertThrows(IllegalStateException.class, () -> menus.pricesOf(1));
    }
}
