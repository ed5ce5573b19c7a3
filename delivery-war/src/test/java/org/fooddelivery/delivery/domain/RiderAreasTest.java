package org.fooddelivery.delivery.domain;

import org.fooddelivery.platform.application.NotYoursException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RiderAreasTest {

    private final RiderAreas areas = new RiderAreas(List.of(" rider1 = gangnam| seocho ", "rider2=mapo", "malformed", "rider3="));

    @Test
    void aRiderServesTheAreasConfiguredForThemAndNoOther() {
        assertTrue(areas.serves("rider1", "gangnam"));
        assertTrue(areas.serves("rider1", "seocho"));
        assertFalse(areas.serves("rider1", "mapo"));
        assertFalse(areas.serves("rider3", "gangnam"), "an empty list is no area");
        assertFalse(areas.serves("rider9", "gangnam"), "a rider not configured serves nothing");
    }

    @Test
    void aRefusalNamesTheAreasTheRiderDoesServe() {
        assertEquals("the list asked for is in area mapo; you ride in gangnam, seocho", assertThrows(NotYoursException.class,
                () -> areas.requireServes("rider1", "mapo", "the list asked for")).getMessage());
        assertEquals("the delivery of order o-1 is in area mapo; you ride in no area", assertThrows(NotYoursException.class,
                () -> areas.requireServes("rider9", "mapo", "the delivery of order o-1")).getMessage());
        areas.requireServes("rider2", "mapo", "the list asked for");
    }
}
