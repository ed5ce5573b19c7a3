package org.fooddelivery.order.api;

import org.fooddelivery.order.domain.DeliveryAddress;
import org.fooddelivery.order.domain.Order;
import org.fooddelivery.order.domain.OrderStatus;

import java.time.Instant;
import java.util.List;

/** An order as SPEC §5 shows it. */
public record OrderView(String id, String customerId, long storeId, OrderStatus status, List<Line> items,
                        long totalAmount, Address deliveryAddress, Instant createdAt) {

    public record Line(long menuId, String name, int quantity, long unitPrice) {
    }

    public record Address(String area, String street, Double lat, Double lng) {
    }

    static OrderView of(Order order) {
        DeliveryAddress a = order.getDeliveryAddress();
        return new OrderView(order.getId(), order.getCustomerId(), order.getStoreId(), order.getStatus(),
                order.getLines().stream()
                        .map(l -> new Line(l.getMenuId(), l.getName(), l.getQuantity(), l.getUnitPrice())).toList(),
                order.getTotalAmount(), new Address(a.getArea(), a.getStreet(), a.getLat(), a.getLng()),
                order.getCreatedAt());
    }
}
