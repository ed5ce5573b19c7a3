package org.fooddelivery.notification.api;

import org.fooddelivery.notification.domain.Notification;

import java.time.Instant;

/** A message to a customer as contract §5 shows it, plus its id, attempts, last error and times. */
public record NotificationView(String id, String orderId, String customerId, String type, String orderStatus,
                               String text, String channel, String state, int attempts, String lastError,
                               Instant createdAt, Instant sentAt) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.getId(), n.getOrderId(), n.getCustomerId(), n.getType().name(), n.getOrderStatus(),
                n.getText(), n.getChannel(), n.getState().name(), n.getAttempts(), n.getLastError(), n.getCreatedAt(),
                n.getSentAt());
    }
}
