package org.fooddelivery.platform.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * A message one of this service's consumers gave up on after its last delivery: the message as it
 * came (so a replay applies exactly what was sent), why it failed, and what an operator did about
 * it. Recorded in the transaction that consumes the message, so it is either parked here or still
 * in its subscription, never neither.
 */
@Entity
@Table(name = "PARKED_EVENT")
public class ParkedEvent {

    public enum Status { PARKED, REPLAYED, DISCARDED }

    @Id
    private String id;
    private String consumer;
    private String eventId;
    private String eventType;
    private String orderId;
    @Lob
    private String body;
    private String reason;
    private int deliveries;
    private Instant parkedAt;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Instant resolvedAt;
    private String resolvedBy;
    private String resolution;
    @Version
    private long version;

    protected ParkedEvent() {
    }

    public ParkedEvent(String consumer, String eventId, String eventType, String orderId, String body, String reason,
                       int deliveries, Instant parkedAt) {
        this.id = UUID.randomUUID().toString();
        this.consumer = consumer;
        this.eventId = eventId;
        this.eventType = eventType;
        this.orderId = orderId;
        this.body = body;
        this.reason = limit(reason, 2000);
        this.deliveries = deliveries;
        this.parkedAt = parkedAt;
        this.status = Status.PARKED;
    }

    /** A replay failed: the event stays parked, with the newer reason. */
    public void replayFailed(String why) {
        this.reason = limit(why, 2000);
    }

    public void resolve(Status outcome, String by, String note, Instant at) {
        if (status != Status.PARKED) {
            throw new IllegalStateException("parked event " + id + " is already " + status);
        }
        this.status = outcome;
        this.resolvedBy = by;
        this.resolution = limit(note, 500);
        this.resolvedAt = at;
    }

    private static String limit(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public String getId() {
        return id;
    }

    public String getConsumer() {
        return consumer;
    }

    public String getEventId() {
        return eventId;
    }

    public String getEventType() {
        return eventType;
    }

    public String getOrderId() {
        return orderId;
    }

    public String getBody() {
        return body;
    }

    public String getReason() {
        return reason;
    }

    public int getDeliveries() {
        return deliveries;
    }

    public Instant getParkedAt() {
        return parkedAt;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public String getResolution() {
        return resolution;
    }
}
