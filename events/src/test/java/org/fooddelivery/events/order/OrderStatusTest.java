package org.fooddelivery.events.order;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.fooddelivery.events.order.OrderStatus.ACCEPTED;
import static org.fooddelivery.events.order.OrderStatus.CANCELLED;
import static org.fooddelivery.events.order.OrderStatus.COMPLETED;
import static org.fooddelivery.events.order.OrderStatus.COOKING;
import static org.fooddelivery.events.order.OrderStatus.PICKED_UP;
import static org.fooddelivery.events.order.OrderStatus.PLACED;
import static org.fooddelivery.events.order.OrderStatus.READY;
import static org.fooddelivery.events.order.OrderStatus.REJECTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one lifecycle both sides of order-war (and every consumer of OrderStatusChanged) read. */
class OrderStatusTest {

    @Test
    void theLifecycleRunsForwardAndTheExitsEndAnyStepButCompletion() {
        assertTrue(PLACED.isBefore(ACCEPTED) && ACCEPTED.isBefore(COOKING) && COOKING.isBefore(READY)
                && READY.isBefore(PICKED_UP) && PICKED_UP.isBefore(COMPLETED));
        assertTrue(PICKED_UP.isBefore(REJECTED) && PICKED_UP.isBefore(CANCELLED), "an exit ends any step");
        assertTrue(REJECTED.isBefore(COMPLETED), "nothing leaves COMPLETED");
        assertFalse(REJECTED.isBefore(CANCELLED) || CANCELLED.isBefore(REJECTED), "one exit never replaces the other");
    }

    @Test
    void terminalAreTheExitsAndCompletion() {
        assertEquals(List.of(REJECTED, CANCELLED, COMPLETED),
                List.of(OrderStatus.values()).stream().filter(OrderStatus::isTerminal).toList());
        assertEquals(List.of(REJECTED, CANCELLED),
                List.of(OrderStatus.values()).stream().filter(OrderStatus::isExit).toList());
    }

    @Test
    void stepsBetweenAnnounceEveryStepJumpedOverButNoExit() {
        assertEquals(List.of(PLACED), OrderStatus.stepsBetween(null, PLACED));
        assertEquals(List.of(ACCEPTED, COOKING), OrderStatus.stepsBetween(PLACED, COOKING));
        assertEquals(List.of(COMPLETED), OrderStatus.stepsBetween(PICKED_UP, COMPLETED), "the exits are not steps");
        assertEquals(List.of(CANCELLED), OrderStatus.stepsBetween(ACCEPTED, CANCELLED));
        assertEquals(List.of(), OrderStatus.stepsBetween(READY, READY));
    }
}
