package org.fooddelivery.kitchen.api;

import org.fooddelivery.kitchen.domain.MenuItem;

public record MenuItemView(long id, String name, long price, int stock) {

    static MenuItemView of(MenuItem item) {
        return new MenuItemView(item.getId(), item.getName(), item.getPrice(), item.getStock());
    }
}
