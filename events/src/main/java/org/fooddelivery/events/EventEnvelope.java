package org.fooddelivery.events;

import jakarta.json.JsonObject;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The wire format of every event (contract §4): a unique {@code eventId} that consumers
 * de-duplicate on, the {@code eventType}, the {@code orderId} correlation key, when it happened,
 * and the event itself as {@code payload}.
 */
public record EventEnvelope(String eventId, String eventType, String orderId, Instant occurredAt,
                            JsonObject payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(payload, "payload");
    }

    /** Wraps a new event under a fresh id. */
    public static EventEnvelope of(DomainEvent event, Instant occurredAt) {
        return of(UUID.randomUUID().toString(), event, occurredAt);
    }

    /** Wraps an event under a given id: sent again, it is the same event to every consumer's de-duplication. */
    public static EventEnvelope of(String eventId, DomainEvent event, Instant occurredAt) {
        return new EventEnvelope(eventId, event.eventType(), event.orderId(), occurredAt, EventCodec.toJsonObject(event));
    }

    public <T extends DomainEvent> T payloadAs(Class<T> type) {
        return EventCodec.fromJsonObject(payload, type);
    }
}
