package org.fooddelivery.platform.messaging;

import org.fooddelivery.events.EventEnvelope;
import org.fooddelivery.events.kitchen.TicketAccepted;
import org.fooddelivery.events.kitchen.TicketRejected;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EventRoutesTest {

    private final List<String> handled = new ArrayList<>();

    private final EventRoutes routes = EventRoutes.builder()
            .on(TicketRejected.class, rejected -> handled.add("rejected " + rejected.orderId() + " " + rejected.reason()))
            .on(TicketAccepted.class, (accepted, envelope) -> handled.add("accepted " + accepted.orderId() + " " + envelope.eventId()))
            .build();

    @Test
    void eachEventReachesTheRouteOfItsClassDecoded() {
        routes.dispatch(EventEnvelope.of("e-1", new TicketAccepted("o-1"), Instant.now()));
        routes.dispatch(EventEnvelope.of("e-2", new TicketRejected("o-2", "OUT_OF_STOCK"), Instant.now()));

        assertEquals(List.of("accepted o-1 e-1", "rejected o-2 OUT_OF_STOCK"), handled);
    }

    @Test
    void theRoutedTypesAreTheWireNamesInRegistrationOrder() {
        assertEquals(List.of("TicketRejected", "TicketAccepted"), List.copyOf(routes.eventTypes()));
    }

    @Test
    void anEventWithoutARouteIsLeftAlone() {
        EventRoutes none = EventRoutes.builder().on(TicketRejected.class, rejected -> handled.add("rejected")).build();

        none.dispatch(EventEnvelope.of(new TicketAccepted("o-1"), Instant.now()));

        assertEquals(List.of(), handled);
        assertEquals(Set.of("TicketRejected"), none.eventTypes());
    }

    @Test
    void aTypeRoutedTwiceIsAProgrammingError() {
        EventRoutes.Builder builder = EventRoutes.builder().on(TicketAccepted.class, accepted -> { });

        assertThrows(IllegalStateException.class, () -> builder.on(TicketAccepted.class, accepted -> { }));
    }
}
