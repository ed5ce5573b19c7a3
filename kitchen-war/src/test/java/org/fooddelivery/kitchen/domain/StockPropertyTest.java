package org.fooddelivery.kitchen.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A day in a kitchen as random sequences of everything that touches one dish (orders reserving,
 * tickets released or cooked, the owner counting and adjusting), checked against a model after
 * every step: reserved is exactly what open tickets hold, on hand exactly what counts, adjustments
 * and cooking left, nothing ever negative, and a refused step changes nothing.
 */
class StockPropertyTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    /** The dish, the reservations of its open tickets, and what the model says is on hand. */
    static final class Day {
        final MenuItem item;
        final List<Integer> openTickets = new ArrayList<>();
        int expectedOnHand;

        Day(int start) {
            item = new MenuItem(12, 1, "Seasoned chicken", 19000, start);
            expectedOnHand = start;
        }

        int reservedByTickets() {
            return sum(openTickets);
        }
    }

    interface Step {
        void apply(Day day);
    }

    record Reserve(int portions) implements Step {
        public void apply(Day day) {
            if (day.expectedOnHand - day.reservedByTickets() >= portions) {
                assertTrue(day.item.canReserve(portions));
                day.item.reserve(portions);
                day.openTickets.add(portions);
            } else {
                assertFalse(day.item.canReserve(portions));
                assertThrows(IllegalStockChange.class, () -> day.item.reserve(portions));
            }
        }
    }

    record Release(int which) implements Step {
        public void apply(Day day) {
            if (!day.openTickets.isEmpty()) {
                day.item.release(day.openTickets.remove(which % day.openTickets.size()));
            }
        }
    }

    record Cook(int which) implements Step {
        public void apply(Day day) {
            if (day.openTickets.isEmpty()) {
                return;
            }
            int index = which % day.openTickets.size();
            int portions = day.openTickets.get(index);
            if (portions <= day.expectedOnHand) {
                day.item.consume(portions);
                day.openTickets.remove(index);
                day.expectedOnHand -= portions;
            } else {
                assertThrows(IllegalStockChange.class, () -> day.item.consume(portions));
            }
        }
    }

    record Count(int onHand) implements Step {
        public void apply(Day day) {
            int before = day.item.getOnHand();
            StockAdjustment line = day.item.count(onHand, "counted", "owner1", NOW);
            assertEquals(onHand - before, line.getDelta());
            assertEquals(StockAdjustment.Kind.COUNT, line.getKind());
            day.expectedOnHand = onHand;
        }
    }

    record Adjust(int delta) implements Step {
        public void apply(Day day) {
            if (day.expectedOnHand + delta >= 0) {
                StockAdjustment line = day.item.adjust(delta, "adjusted", "owner1", NOW);
                assertEquals(day.item.getOnHand(), line.getOnHandAfter());
                day.expectedOnHand += delta;
            } else {
                assertThrows(IllegalStockChange.class, () -> day.item.adjust(delta, "too much", "owner1", NOW));
            }
        }
    }

    @Provide
    Arbitrary<Step> steps() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, 8).map(Reserve::new),
                Arbitraries.integers().between(0, 50).map(Release::new),
                Arbitraries.integers().between(0, 50).map(Cook::new),
                Arbitraries.integers().between(0, 40).map(Count::new),
                Arbitraries.integers().between(-15, 15).filter(d -> d != 0).map(Adjust::new));
    }

    @Property(tries = 500)
    void theNumbersAlwaysMatchWhatHappened(@ForAll @Size(max = 60) List<@From("steps") Step> day,
                                           @ForAll @IntRange(max = 40) int start) {
        Day kitchen = new Day(start);
        MenuItem item = kitchen.item;
        for (Step step : day) {
            int onHandBefore = item.getOnHand();
            int reservedBefore = item.getReserved();
            try {
                step.apply(kitchen);
            } catch (IllegalStockChange unexpected) {
                throw new AssertionError("refused " + step + " at on hand " + onHandBefore + ", reserved " + reservedBefore,
                        unexpected);
            }
            assertEquals(kitchen.reservedByTickets(), item.getReserved(), "reserved = what open tickets hold, after " + step);
            assertEquals(kitchen.expectedOnHand, item.getOnHand(), "on hand after " + step);
            assertTrue(item.getOnHand() >= 0 && item.getReserved() >= 0 && item.available() >= 0);
            assertEquals(Math.max(0, item.getOnHand() - item.getReserved()), item.available());
            assertEquals(Math.max(0, item.getReserved() - item.getOnHand()), item.shortfall());
        }
        kitchen.openTickets.forEach(item::release);
        assertEquals(0, item.getReserved(), "every ticket closed: nothing reserved");
        assertEquals(kitchen.expectedOnHand, item.available(), "and everything on hand can be sold");
    }
    /** Whatever the owner and the customer do to a ticket, its reservation ends at most once. */
    @Property(tries = 500)
    void aTicketEndsItsReservationAtMostOnce(@ForAll @Size(max = 12) List<@IntRange(max = 5) Integer> commands) {
        Ticket ticket = Ticket.received("o-1", 1, "customer1", List.of(new TicketLine(12, "Seasoned chicken", 2)),
                "gangnam", "Teheran-ro 1", 37.5, 127.0, NOW);
        int ended = 0;
        int changeNumber = 0;
        for (int command : commands) {
            try {
                boolean endedNow = switch (command) {
                    case 0 -> { ticket.accept(NOW); yield false; }
                    case 1 -> ticket.reject("no", NOW);
                    case 2 -> ticket.decideCancellation(NOW) instanceof CancellationDecision.Cancelled c && c.releaseStock();
                    case 3 -> ticket.startCooking(NOW);
                    case 4 -> { ticket.finishCooking(NOW); yield false; }
                    default -> { ticket.decideChange(++changeNumber, ticket.getLines(), (from, to) -> true, NOW); yield false; }
                };
                ended += endedNow ? 1 : 0;
            } catch (IllegalTicketTransition refused) {
                // the state forbids it; nothing changes
            }
            boolean holds = ticket.getStatus() == TicketStatus.RECEIVED || ticket.getStatus() == TicketStatus.ACCEPTED;
            assertEquals(holds, ticket.isStockReserved(), "holds stock exactly while open: " + ticket.getStatus());
            assertEquals(holds ? 0 : 1, ended, "ended once when it left the open states");
        }
    }

    private static int sum(List<Integer> portions) {
        return portions.stream().mapToInt(Integer::intValue).sum();
    }
}
