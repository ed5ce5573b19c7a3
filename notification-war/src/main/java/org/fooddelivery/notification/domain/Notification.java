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

    /** The one channel messages go out on today (contract §5's {@code channel}). */
    private static final String CHANNEL = "KAKAOTALK";
    /** Room the last error has in its column. */
    private static final int MAX_ERROR_LENGTH = 500;

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
    @Column(length = MAX_ERROR_LENGTH)
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

    private Notification(String sourceEventId, String orderId, String customerId, NotificationType type,
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

    /** F10: the order's status changed (or a request of the customer's went to the operators). */
    public static Notification statusChanged(String sourceEventId, String orderId, String customerId, String status,
                                             String text, Instant at) {
        return new Notification(sourceEventId, orderId, customerId, NotificationType.STATUS_CHANGED, status, text, at);
    }

    /** F12: the store thanks the customer. */
    public static Notification thankYou(String sourceEventId, String orderId, String customerId, String text,
                                        Instant at) {
        return new Notification(sourceEventId, orderId, customerId, NotificationType.THANK_YOU, null, text, at);
    }

    /**
     * A sender asks to send it. Only a PENDING message may be sent, by one sender at a time: it is
     * SENDING until the outcome is recorded. @return true if this sender sends it now
     */
    public boolean claim(Instant at) {
        if (state != NotificationState.PENDING) {
            return false;
        }
        state = NotificationState.SENDING;
        attempts++;
        updatedAt = at;
        return true;
    }

    /** The channel accepted it. */
    public void sent(Instant at) {
        state = NotificationState.SENT;
        sentAt = at;
        lastError = null;
        updatedAt = at;
    }

    /**
     * The channel refused it or still failed after its retries: the sender gives up, FAILED with the
     * reason for an admin, who may re-send it ({@link #resend}); never lost silently.
     */
    public void giveUp(String error, Instant at) {
        state = NotificationState.FAILED;
        lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), MAX_ERROR_LENGTH));
        updatedAt = at;
    }

    /**
     * Claimed before {@code claimedBefore} and never finished: the sender died mid-send, so it goes
     * back to PENDING to be sent again. Every attempt carries the message's id as Idempotency-Key,
     * which the channel honours, so if the interrupted attempt did reach it the customer still gets
     * the message once. @return true if it was resumed now
     */
    public boolean resumeIfInterrupted(Instant claimedBefore, Instant at) {
        if (state != NotificationState.SENDING || !updatedAt.isBefore(claimedBefore)) {
            return false;
        }
        state = NotificationState.PENDING;
        updatedAt = at;
        return true;
    }

    /** An admin's re-send: only a FAILED message goes out again; refused (409) in any other state. */
    public void resend(Instant at) {
        if (state != NotificationState.FAILED) {
            throw new NotificationStateException("notification " + id + " is " + state
                    + "; only a FAILED one can be re-sent");
        }
        state = NotificationState.PENDING;
        updatedAt = at;
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

    public Instant getSentAt() {
        return sentAt;
    }
}
