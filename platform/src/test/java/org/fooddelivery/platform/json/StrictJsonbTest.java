package org.fooddelivery.platform.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StrictJsonbTest {

    public record Line(Long menuId, Integer quantity) {
    }

    public record Note(String message) {
    }

    private final Jsonb jsonb = new StrictJsonb().getContext(Line.class);

    @Test
    void wholeNumbersAreRead() {
        assertEquals(new Line(11L, 2), jsonb.fromJson("{\"menuId\": 11, \"quantity\": 2}", Line.class));
        assertEquals(new Line(11L, 2), jsonb.fromJson("{\"menuId\": 11, \"quantity\": 2.0}", Line.class));
        assertNull(jsonb.fromJson("{\"menuId\": 11}", Line.class).quantity());
    }

    @Test
    void fractionsOverflowsAndStringsAreRefused() {
        assertThrows(JsonbException.class, () -> jsonb.fromJson("{\"quantity\": 1.5}", Line.class));
        assertThrows(JsonbException.class, () -> jsonb.fromJson("{\"quantity\": 99999999999}", Line.class));
        assertThrows(JsonbException.class, () -> jsonb.fromJson("{\"menuId\": 1e30}", Line.class));
        assertThrows(JsonbException.class, () -> jsonb.fromJson("{\"quantity\": \"2\"}", Line.class));
    }

    @Test
    void textMustBeAString() {
        assertEquals(new Note("42"), jsonb.fromJson("{\"message\": \"42\"}", Note.class));
        assertNull(jsonb.fromJson("{\"message\": null}", Note.class).message());
        assertThrows(JsonbException.class, () -> jsonb.fromJson("{\"message\": 42}", Note.class));
        assertThrows(JsonbException.class, () -> jsonb.fromJson("{\"message\": true}", Note.class));
        assertThrows(JsonbException.class, () -> jsonb.fromJson("{\"message\": {\"text\": \"x\"}}", Note.class));
    }
}
