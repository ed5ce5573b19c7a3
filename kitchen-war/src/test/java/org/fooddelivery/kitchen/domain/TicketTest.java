package org.fooddelivery.kitchen.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ticket state machine: RECEIVED → ACCEPTED → COOKING → READY, exits before cooking only. */
class TicketTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    private static Ticket received() {
        return Ticket.received("o-1", 1, "customer1", List.of(new TicketLine(11, "Fried chicken", 2)),
                "gangnam", "Teheran-ro 1", 37.5, 127.0, NOW);
    }

    @Test
    void happyPathToReady() {
        Ticket ticket = received();
        ticket.accept(NOW);
        assertTrue(ticket.startCooking(NOW), "cooking consumes the reservation: the caller takes it off the shelf");
        assertFalse(ticket.isStockReserved(), "consumed, so nothing is left to release");
        ticket.finishCooking(NOW);
        assertEquals(TicketStatus.READY, ticket.getStatus());
    }

    @Test
    void cookingNeedsAcceptanceFirstAndFinishingNeedsCooking() {
        Ticket ticket = received();
        assertThrows(IllegalTicketTransition.class, () -> ticket.startCooking(NOW));
        assertThrows(IllegalTicketTransition.class, () -> ticket.finishCooking(NOW));
        ticket.accept(NOW);
        assertThrows(IllegalTicketTransition.class, () -> ticket.accept(NOW), "accepted only once");
        assertEquals(TicketStatus.ACCEPTED, ticket.getStatus());
    }

    @Test
    void cancelBeforeCookingReleasesStockExactlyOnce() {
        Ticket ticket = received();
        ticket.accept(NOW);
        assertEquals(new CancellationDecision.Cancelled(true), ticket.decideCancellation(NOW), "stock to give back");
        assertEquals(TicketStatus.CANCELLED, ticket.getStatus());
        assertFalse(ticket.isStockReserved());
        assertEquals(new CancellationDecision.AlreadyCancelled(), ticket.decideCancellation(NOW), "answered again, nothing to release");
        assertThrows(IllegalTicketTransition.class, () -> ticket.startCooking(NOW), "a cancelled order is never cooked");
    }

    @Test
    void noCancelRejectOrChangeOnceCooking() {
        Ticket ticket = received();
        ticket.accept(NOW);
        ticket.startCooking(NOW);
        assertEquals(new CancellationDecision.Refused("COOKING_STARTED"), ticket.decideCancellation(NOW),
                "a cooked order is never cancelled");
        assertThrows(IllegalTicketTransition.class, () -> ticket.reject("late", NOW));
        assertEquals(new ChangeDecision.Refused("COOKING_STARTED"), ticket.decideChange(1, List.of(), (from, to) -> true, NOW));
        assertEquals(TicketStatus.COOKING, ticket.getStatus());
    }

    @Test
    void rejectReleasesStockAndKeepsTheReason() {
        Ticket ticket = received();
        assertTrue(ticket.reject("too busy", NOW));
        assertEquals("too busy", ticket.getReason());
        assertEquals(TicketStatus.REJECTED, ticket.getStatus());
    }

    @Test
    void shortStockRejectsOnArrivalWithNothingToRelease() {
        Ticket ticket = Ticket.rejectedOnArrival("o-2", 1, "customer1", List.of(), "gangnam", "x", null, null,
                "OUT_OF_STOCK", NOW);
        assertEquals(TicketStatus.REJECTED, ticket.getStatus());
        assertFalse(ticket.isStockReserved());
        assertThrows(IllegalTicketTransition.class, () -> ticket.accept(NOW));
    }

    @Test
    void onlyReceivedTicketsGoStale() {
        Ticket ticket = received();
        assertTrue(ticket.isStaleSince(NOW.plusSeconds(1)));
        assertFalse(ticket.isStaleSince(NOW.minusSeconds(1)));
        ticket.accept(NOW);
        assertFalse(ticket.isStaleSince(NOW.plusSeconds(3600)), "an accepted ticket never times out");
    }
}
