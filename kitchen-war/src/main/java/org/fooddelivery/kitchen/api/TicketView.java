package org.fooddelivery.kitchen.api;

import org.fooddelivery.kitchen.domain.Ticket;
import org.fooddelivery.kitchen.domain.TicketStatus;

import java.time.Instant;
import java.util.List;

/** A kitchen ticket as its store's owner sees it. */
public record TicketView(String orderId, long storeId, List<Item> items, TicketStatus status, String reason,
                         String area, Instant receivedAt, Instant updatedAt, Instant completedAt, Instant thankedAt) {

    public record Item(long menuId, String name, int quantity) {
    }

    static TicketView of(Ticket t) {
        return new TicketView(t.getOrderId(), t.getStoreId(),
                t.getLines().stream().map(l -> new Item(l.getMenuId(), l.getName(), l.getQuantity())).toList(),
                t.getStatus(), t.getReason(), t.getArea(), t.getReceivedAt(), t.getUpdatedAt(), t.getCompletedAt(),
                t.getThankedAt());
    }
}
