package org.fooddelivery.order.api;

import org.fooddelivery.order.domain.DeliveryAddress;
import org.fooddelivery.order.domain.Order;
import org.fooddelivery.order.domain.OrderLine;

import java.time.Instant;
import java.util.List;

/**
 * An order as contract §5 shows it. Additions: {@code reason} (why it was rejected or cancelled),
 * {@code request} (the latest cancel or change and the kitchen's answer), {@code updatedAt}.
 * While the kitchen decides a request, {@code status} is CANCEL_REQUESTED or CHANGE_REQUESTED.
 */
public record OrderView(String id, String customerId, long storeId, String status, List<Line> items,
                        long totalAmount, Address deliveryAddress, Instant createdAt, Instant updatedAt,
                        String reason, Request request) {

    public record Line(long menuId, String name, int quantity, long unitPrice) {
    }

    public record Address(String area, String street, Double lat, Double lng) {
    }

    /** {@code kind} CANCEL or CHANGE; {@code outcome} PENDING, DONE or REFUSED, with the kitchen's reason. */
    public record Request(String kind, String outcome, String reason) {
    }

    static OrderView of(Order order) {
        DeliveryAddress a = order.getDeliveryAddress();
        Request request = order.getLastRequest() == null ? null : new Request(order.getLastRequest().name(),
                order.getLastRequestOutcome().name(), order.getLastRequestReason());
        return new OrderView(order.getId(), order.getCustomerId(), order.getStoreId(), order.displayStatus(),
                lines(order.getLines()), order.getTotalAmount(),
                new Address(a.getArea(), a.getStreet(), a.getLat(), a.getLng()),
                order.getCreatedAt(), order.getUpdatedAt(), order.getClosingReason(), request);
    }

    private static List<Line> lines(List<OrderLine> lines) {
        return lines.stream().map(l -> new Line(l.getMenuId(), l.getName(), l.getQuantity(), l.getUnitPrice())).toList();
    }
}
