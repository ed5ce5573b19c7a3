package org.fooddelivery.order.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PricingTest {

    private final List<MenuPrice> menu = List.of(
            new MenuPrice(11, "Fried chicken", 18000),
            new MenuPrice(12, "Seasoned chicken", 19000),
            new MenuPrice(13, "Pickled radish", 1000));

    @Test
    void pricesEveryLineFromTheMenuAndAddsThemUp() {
        PricedOrder priced = Pricing.price(menu, List.of(new RequestedItem(11, 2), new RequestedItem(13, 3)));

        assertEquals(2 * 18000 + 3 * 1000, priced.total());
        assertEquals(2, priced.lines().size());
        OrderLine first = priced.lines().get(0);
        assertEquals(11, first.getMenuId());
        assertEquals("Fried chicken", first.getName());
        assertEquals(18000, first.getUnitPrice());
        assertEquals(36000, first.amount());
    }

    @Test
    void keepsTheCustomersOrderOfLines() {
        PricedOrder priced = Pricing.price(menu, List.of(new RequestedItem(13, 1), new RequestedItem(11, 1)));

        assertEquals(List.of(13L, 11L), priced.lines().stream().map(OrderLine::getMenuId).toList());
    }

    @Test
    void aDishNotOnTheMenuIsNamedWithItsPosition() {
        InvalidOrderException e = assertThrows(InvalidOrderException.class,
                () -> Pricing.price(menu, List.of(new RequestedItem(11, 1), new RequestedItem(21, 1))));

        assertEquals("items[1].menuId", e.field());
    }

    @Test
    void theSameDishTwiceIsRefused() {
        InvalidOrderException e = assertThrows(InvalidOrderException.class,
                () -> Pricing.price(menu, List.of(new RequestedItem(12, 1), new RequestedItem(12, 2))));

        assertEquals("items[1].menuId", e.field());
    }

    @Test
    void totalsThatWouldOverflowAreRefusedNotWrapped() {
        List<MenuPrice> absurd = List.of(new MenuPrice(1, "Gold", Long.MAX_VALUE / 2));

        assertThrows(ArithmeticException.class, () -> Pricing.price(absurd, List.of(new RequestedItem(1, 3))));
    }
}
