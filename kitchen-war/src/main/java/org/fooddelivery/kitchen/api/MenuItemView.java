package org.fooddelivery.kitchen.api;

import org.fooddelivery.kitchen.domain.MenuItem;

/**
 * A dish as the menu shows it. {@code stock} is what can still be ordered (available = on hand −
 * reserved, never below 0), so clients that knew only {@code stock} keep working; {@code onHand}
 * is what the kitchen has, {@code reserved} what open tickets hold, and {@code shortfall} how many
 * reserved portions are not on hand (0 unless the owner counted fewer than open tickets hold).
 */
public record MenuItemView(long id, String name, long price, int stock, int onHand, int reserved, int shortfall) {

    static MenuItemView of(MenuItem item) {
        return new MenuItemView(item.getId(), item.getName(), item.getPrice(), item.available(), item.getOnHand(),
                item.getReserved(), item.shortfall());
    }
}
