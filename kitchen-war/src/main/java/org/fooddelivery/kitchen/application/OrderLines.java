package org.fooddelivery.kitchen.application;

import org.fooddelivery.events.order.OrderLineItem;
import org.fooddelivery.kitchen.domain.TicketLine;

import java.util.List;

/** The kitchen's copy of an order's lines: what to cook and hold stock for, without prices. */
final class OrderLines {

    private OrderLines() {
    }

    static List<TicketLine> toTicketLines(List<OrderLineItem> items) {
        return items.stream().map(i -> new TicketLine(i.menuId(), i.name(), i.quantity())).toList();
    }
}
