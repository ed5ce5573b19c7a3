package org.fooddelivery.kitchen.domain;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The customer's cancel and change requests, decided by the ticket whatever happened before them. */
class TicketDecisionPropertyTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    private static Ticket afterOwnerCommands(List<Integer> commands) {
        Ticket ticket = Ticket.received("o-1", 1, "customer1", List.of(new TicketLine(11, "Fried chicken", 2)),
                "gangnam", "Teheran-ro 1", 37.5, 127.0, NOW);
        for (int command : commands) {
            try {
                switch (command) {
                    case 0 -> ticket.accept(NOW);
                    case 1 -> ticket.startCooking(NOW);
                    case 2 -> ticket.finishCooking(NOW);
                    default -> ticket.reject("too busy", NOW);
                }
            } catch (IllegalTicketTransition forbidden) {
                // the state forbids it; nothing changes
            }
        }
        return ticket;
    }

    @Property(tries = 300)
    void aTicketWhoseCookingStartedNeverDecidesToCancel(@ForAll @Size(max = 8) List<@IntRange(max = 3) Integer> commands) {
        Ticket ticket = afterOwnerCommands(commands);
        boolean cookingStarted = ticket.getStatus() == TicketStatus.COOKING || ticket.getStatus() == TicketStatus.READY;
        TicketStatus before = ticket.getStatus();

        CancellationDecision decision = ticket.decideCancellation(NOW);

        if (cookingStarted) {
            assertEquals(new CancellationDecision.Refused("COOKING_STARTED"), decision);
            assertEquals(before, ticket.getStatus(), "a refusal changes nothing");
        } else if (before == TicketStatus.REJECTED) {
            assertEquals(new CancellationDecision.Refused("ORDER_CLOSED"), decision);
        } else {
            assertEquals(new CancellationDecision.Cancelled(true), decision, "before cooking: cancelled, stock released");
            assertEquals(TicketStatus.CANCELLED, ticket.getStatus());
        }
    }

    @Property(tries = 300)
    void aTicketChangesOnlyBeforeCookingAndOnlyWhenTheShelfAgrees(
            @ForAll @Size(max = 8) List<@IntRange(max = 3) Integer> commands, @ForAll boolean shelfAgrees) {
        Ticket ticket = afterOwnerCommands(commands);
        boolean open = ticket.getStatus().beforeCooking();
        List<TicketLine> newLines = List.of(new TicketLine(12, "Seasoned chicken", 1));
        boolean[] asked = {false};

        ChangeDecision decision = ticket.decideChange(1, newLines, (from, to) -> {
            asked[0] = true;
            return shelfAgrees;
        }, NOW);

        assertEquals(open, asked[0], "the shelf is asked only while the order may still change");
        if (open && shelfAgrees) {
            assertEquals(new ChangeDecision.Changed(), decision);
            assertEquals(12, ticket.getLines().get(0).getMenuId());
            assertEquals(1, ticket.getChangeNumber());
        } else {
            assertTrue(decision instanceof ChangeDecision.Refused, decision.toString());
            assertEquals(11, ticket.getLines().get(0).getMenuId(), "a refused change keeps the old lines");
            assertEquals(0, ticket.getChangeNumber());
        }
        assertEquals(new ChangeDecision.Outdated(), ticket.decideChange(ticket.getChangeNumber(), newLines,
                (from, to) -> true, NOW), "the same change number again is not answered");
    }

    @Property(tries = 100)
    void aWithdrawnTicketIsCancelledAlready(@ForAll @Size(max = 8) List<@IntRange(max = 2) Integer> commands) {
        Ticket ticket = afterOwnerCommands(commands);
        ticket.withdraw("PAYMENT_VOIDED", NOW);

        assertEquals(new CancellationDecision.AlreadyCancelled(), ticket.decideCancellation(NOW));
        assertFalse(ticket.isStockReserved());
    }
}
