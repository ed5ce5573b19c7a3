package org.fooddelivery.order.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Prices an order from the store's current menu. The request names dishes and quantities only;
 * every price comes from the menu, so a client cannot choose what it pays.
 */
public final class Pricing {

    private Pricing() {
    }

    /**
     * @throws InvalidOrderException naming the item that is not on the menu or listed twice
     */
    public static PricedOrder price(List<MenuPrice> menu, List<RequestedItem> items) {
        Map<Long, MenuPrice> byId = menu.stream().collect(Collectors.toMap(MenuPrice::menuId, Function.identity()));
        Set<Long> seen = new HashSet<>();
        List<OrderLine> lines = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < items.size(); i++) {
            RequestedItem item = items.get(i);
            String field = "items[" + i + "].menuId";
            if (!seen.add(item.menuId())) {
                throw new InvalidOrderException(field, "menu item " + item.menuId() + " is listed more than once");
            }
            MenuPrice price = byId.get(item.menuId());
            if (price == null) {
                throw new InvalidOrderException(field, "menu item " + item.menuId() + " is not on this store's menu");
            }
            OrderLine line = new OrderLine(price.menuId(), price.name(), item.quantity(), price.price());
            lines.add(line);
            total = Math.addExact(total, line.amount());
        }
        return new PricedOrder(List.copyOf(lines), total);
    }
}
