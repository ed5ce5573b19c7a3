package org.fooddelivery.platform.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An event this service has already acted on. Written in the same transaction as the effect, so
 * an event is either processed and recorded, or neither: a redelivery finds it and does nothing.
 * Each service keeps its own table in its own database (listed in its persistence.xml).
 */
@Entity
@Table(name = "PROCESSED_EVENT", indexes = @Index(name = "PROCESSED_EVENT_AT", columnList = "processedAt"))
public class ProcessedEvent {

    /** consumer + "/" + eventId: two consumers in one service each process an event once. */
    @Id
    private String id;
    private String consumer;
    private String eventId;
    private String eventType;
    private String orderId;
    private Instant processedAt;

    protected ProcessedEvent() {
    }

    public ProcessedEvent(String consumer, String eventId, String eventType, String orderId, Instant processedAt) {
        this.id = key(consumer, eventId);
        this.consumer = consumer;
        this.eventId = eventId;
        this.eventType = eventType;
        this.orderId = orderId;
        this.processedAt = processedAt;
    }

    public static String key(String consumer, String eventId) {
        return consumer + "/" + eventId;
    }

    public String getEventId() {
        return eventId;
    }
}
