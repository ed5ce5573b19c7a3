package org.fooddelivery.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * One message to a customer and what became of it. Stored in the transaction that consumes the
 * event (one per event id), sent after commit; a message is never lost silently: it ends SENT or
 * FAILED with the reason.
 */
@Entity
@Table(name = "NOTIFICATION", indexes = {
        @Index(name = "NOTIFICATION_ORDER", columnList = "orderId,createdAt"),
        @Index(name = "NOTIFICATION_SOURCE", columnList = "sourceEventId", unique = true),
        @Index(name = "NOTIFICATION_STATE", columnList = "state,updatedAt")})
public class Notification {

    public static final String CHANNEL = "KAKAOTALK";

    @Id
    private String id;
    private String orderId;
    private String customerId;
    @Enumerated(EnumType.STRING)
    private NotificationType type;
    private String orderStatus;
    @Column(length = 1000)
    private String text;
    private String channel;
    @Enumerated(EnumType.STRING)
    private NotificationState state;
    private int attempts;
    @Column(length = 500)
    private String lastError;
    @Column(nullable = false)
    private String sourceEventId;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant sentAt;
    @Version
    private long version;

    protected Notification() {
    }

    public Notification(String sourceEventId, String orderId, String customerId, NotificationType type,
                        String orderStatus, String text, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.sourceEventId = sourceEventId;
        this.orderId = orderId;
        this.customerId = customerId;
        this.type = type;
        this.orderStatus = orderStatus;
        this.text = text;
        this.channel = CHANNEL;
        this.state = NotificationState.PENDING;
        this.createdAt = at;
        this.updatedAt = at;
    }

    /** @return true if this sender may send it now (it was PENDING) */
    public boolean claim(Instant at) {
        if (state != NotificationState.PENDING) {
            return false;
        }
        state = NotificationState.SENDING;
        attempts++;
        updatedAt = at;
        return true;
    }

    public void sent(Instant at) {
        state = NotificationState.SENT;
        sentAt = at;
        lastError = null;
        updatedAt = at;
    }

    public void failed(String error, Instant at) {
        state = NotificationState.FAILED;
        lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 500));
        updatedAt = at;
    }

    /**
     * The sender never finished (the server died mid-send): back to PENDING, to be sent again. Every
     * attempt carries the message's id as Idempotency-Key, which the channel honours, so if the
     * interrupted attempt did reach it the customer still gets the message once. @return false if it
     * is not SENDING
     */
    public boolean interrupted(Instant at) {
        if (state != NotificationState.SENDING) {
            return false;
        }
        state = NotificationState.PENDING;
        updatedAt = at;
        return true;
    }

    /** An admin's re-send of a failed message. @return false if it is not FAILED */
    public boolean retry(Instant at) {
        if (state != NotificationState.FAILED) {
            return false;
        }
        state = NotificationState.PENDING;
        updatedAt = at;
        return true;
    }

    public boolean belongsTo(String userId) {
        return userId.equals(customerId);
    }

    public String getId() {
        return id;
    }

    public String getOrderId() {
        return orderId;
    }

    public String getCustomerId() {
        return customerId;
    }

    public NotificationType getType() {
        return type;
    }

    public String getOrderStatus() {
        return orderStatus;
    }

    public String getText() {
        return text;
    }

    public String getChannel() {
        return channel;
    }

    public NotificationState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
