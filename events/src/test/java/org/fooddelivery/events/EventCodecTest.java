package org.fooddelivery.events;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.fooddelivery.events.order.DeliveryAddress;
import org.fooddelivery.events.order.OrderLineItem;
import org.fooddelivery.events.order.OrderPlaced;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EventCodecTest {

    private final OrderPlaced placed = new OrderPlaced("o-1", "customer1", 1L,
            List.of(new OrderLineItem(11L, "Fried chicken", 2, 18000L)), 36000L,
            new DeliveryAddress("gangnam", "Teheran-ro 1", 37.498, 127.027), "p-9");

    @Test
    void envelopeCarriesTheSpecFieldsAndThePayload() {
        EventEnvelope envelope = EventEnvelope.of(placed, Instant.parse("2026-11-30T10:15:30Z"));

        JsonObject json = Json.createReader(new StringReader(EventCodec.toJson(envelope))).readObject();

        assertEquals(envelope.eventId(), json.getString("eventId"));
        assertEquals("OrderPlaced", json.getString("eventType"));
        assertEquals("o-1", json.getString("orderId"));
        assertEquals("2026-11-30T10:15:30Z", json.getString("occurredAt"));
        assertEquals(36000, json.getJsonObject("payload").getInt("totalAmount"));
        assertEquals("gangnam", json.getJsonObject("payload").getJsonObject("deliveryAddress").getString("area"));
    }

    @Test
    void roundTripGivesTheSameEvent() {
        EventEnvelope envelope = EventEnvelope.of(placed, Instant.now());

        EventEnvelope read = EventCodec.fromJson(EventCodec.toJson(envelope));

        assertEquals(envelope, read);
        assertEquals(placed, read.payloadAs(OrderPlaced.class));
    }

    @Test
    void everyEnvelopeHasItsOwnId() {
        assertNotEquals(EventEnvelope.of(placed, Instant.now()).eventId(), EventEnvelope.of(placed, Instant.now()).eventId());
    }

    @Test
    void incompleteEnvelopeIsMalformed() {
        assertThrows(MalformedEventException.class, () -> EventCodec.fromJson("{\"eventId\":\"x\"}"));
        assertThrows(MalformedEventException.class, () -> EventCodec.fromJson("not json"));
    }
}
