package org.fooddelivery.order.api;

import org.fooddelivery.order.query.OrderTracking;

import java.time.Instant;
import java.util.List;

/** GET /orders/{id}/tracking and the entries of GET /orders: the read model as contract §5 shows it. */
public record TrackingView(String orderId, String status, long storeId, String storeName, long totalAmount,
                           String paymentStatus, String riderId, String reason, Instant createdAt, Instant updatedAt,
                           List<Step> timeline) {

    public record Step(String status, Instant at) {
    }

    static TrackingView of(OrderTracking t) {
        return new TrackingView(t.getOrderId(), t.displayStatus(), t.getStoreId(), t.getStoreName(), t.getTotalAmount(),
                t.getPaymentStatus(), t.getRiderId(), t.getReason(), t.getCreatedAt(), t.getUpdatedAt(),
                t.getTimeline().stream().map(e -> new Step(e.getStatus(), e.getAt())).toList());
    }
}
