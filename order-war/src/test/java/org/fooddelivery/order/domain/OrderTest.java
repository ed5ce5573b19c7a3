package org.fooddelivery.order.domain;

import org.fooddelivery.events.order.OrderStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The order's lifecycle as the saga drives it: forward only, requests decided by the kitchen. */
class OrderTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    private static Order placed() {
        PricedOrder priced = new PricedOrder(List.of(new OrderLine(11, "Fried chicken", 2, 18000)), 36000);
        return Order.placed("o-1", "customer1", 1, priced, new DeliveryAddress("gangnam", "x", null, null), "p-1", NOW);
    }

    private static PricedOrder cheaper() {
        return new PricedOrder(List.of(new OrderLine(13, "Pickled radish", 1, 1000)), 1000);
    }

    @Test
    void factsOnlyMoveForward() {
        Order order = placed();
        assertTrue(order.advanceTo(OrderStatus.COOKING, NOW), "a fact may overtake an earlier one");
        assertFalse(order.advanceTo(OrderStatus.ACCEPTED, NOW), "the late ACCEPTED does not move it back");
        assertEquals(OrderStatus.COOKING, order.getStatus());
        assertTrue(order.advanceTo(OrderStatus.READY, NOW));
        assertTrue(order.advanceTo(OrderStatus.PICKED_UP, NOW));
        assertTrue(order.confirmDelivery(NOW));
        assertFalse(order.confirmDelivery(NOW), "confirming twice changes nothing");
        assertFalse(order.advanceTo(OrderStatus.READY, NOW));
        assertEquals(OrderStatus.COMPLETED, order.getStatus());
    }

    @Test
    void cancelIsARequestUntilTheKitchenAnswers() {
        Order order = placed();
        assertTrue(order.requestCancellation(NOW));
        assertEquals("CANCEL_REQUESTED", order.displayStatus());
        assertFalse(order.requestCancellation(NOW), "asking again sends nothing new");
        assertTrue(order.close(OrderStatus.CANCELLED, "CANCELLED_BY_CUSTOMER", NOW));
        assertEquals("CANCELLED", order.displayStatus());
        assertEquals(RequestOutcome.DONE, order.getLastRequestOutcome());
        assertFalse(order.requestCancellation(NOW), "already cancelled");
    }

    @Test
    void refusedCancelLeavesTheOrderCooking() {
        Order order = placed();
        order.requestCancellation(NOW);
        order.advanceTo(OrderStatus.COOKING, NOW);
        order.cancellationRefused("COOKING_STARTED", NOW);
        assertEquals("COOKING", order.displayStatus());
        assertEquals(RequestOutcome.REFUSED, order.getLastRequestOutcome());
        assertEquals("COOKING_STARTED", order.getLastRequestReason());
    }

    @Test
    void noCancelOrChangeOnceCookingIsKnown() {
        Order order = placed();
        order.advanceTo(OrderStatus.COOKING, NOW);
        assertThrows(OrderStateException.class, () -> order.requestCancellation(NOW));
        assertThrows(OrderStateException.class, () -> order.requestChange(cheaper(), NOW));
        assertEquals(36000, order.getTotalAmount());
    }

    @Test
    void acceptedChangeReplacesLinesAndTotal() {
        Order order = placed();
        int number = order.requestChange(cheaper(), NOW);
        assertEquals("CHANGE_REQUESTED", order.displayStatus());
        assertEquals(36000, order.getTotalAmount(), "unchanged until the kitchen takes it");
        assertEquals(36000, order.changeAccepted(number, NOW).orElseThrow(), "the total before");
        assertEquals(1000, order.getTotalAmount());
        assertEquals(13, order.getLines().get(0).getMenuId());
        assertEquals("PLACED", order.displayStatus());
        assertTrue(order.changeAccepted(number, NOW).isEmpty(), "a repeated answer changes nothing");
    }

    @Test
    void refusedChangeLeavesTheOrderAsItWas() {
        Order order = placed();
        int number = order.requestChange(cheaper(), NOW);
        order.changeRefused(number, "OUT_OF_STOCK", NOW);
        assertEquals(36000, order.getTotalAmount());
        assertEquals(11, order.getLines().get(0).getMenuId());
        assertEquals(RequestOutcome.REFUSED, order.getLastRequestOutcome());
        assertEquals("OUT_OF_STOCK", order.getLastRequestReason());
    }

    @Test
    void oneRequestAtATime() {
        Order order = placed();
        order.requestChange(cheaper(), NOW);
        assertThrows(OrderStateException.class, () -> order.requestChange(cheaper(), NOW));
        assertThrows(OrderStateException.class, () -> order.requestCancellation(NOW));
    }

    @Test
    void rejectionEndsAPendingChange() {
        Order order = placed();
        int number = order.requestChange(cheaper(), NOW);
        assertTrue(order.close(OrderStatus.REJECTED, "STORE_TIMEOUT", NOW));
        assertFalse(order.close(OrderStatus.CANCELLED, "late", NOW), "closed once");
        assertTrue(order.changeAccepted(number, NOW).isEmpty());
        assertEquals("REJECTED", order.displayStatus());
        assertEquals("STORE_TIMEOUT", order.getClosingReason());
    }

    @Test
    void onlyAPickedUpOrderCanBeConfirmed() {
        Order order = placed();
        assertThrows(OrderStateException.class, () -> order.confirmDelivery(NOW));
        order.advanceTo(OrderStatus.READY, NOW);
        assertThrows(OrderStateException.class, () -> order.confirmDelivery(NOW));
    }

    @Test
    void aJumpAheadPassesThroughEveryStepBetween() {
        assertEquals(List.of(OrderStatus.ACCEPTED, OrderStatus.COOKING),
                OrderStatus.stepsBetween(OrderStatus.PLACED, OrderStatus.COOKING));
        assertEquals(List.of(OrderStatus.PLACED), OrderStatus.stepsBetween(null, OrderStatus.PLACED));
        assertEquals(List.of(OrderStatus.REJECTED), OrderStatus.stepsBetween(OrderStatus.ACCEPTED, OrderStatus.REJECTED));
        assertEquals(List.of(), OrderStatus.stepsBetween(OrderStatus.READY, OrderStatus.READY));
        assertEquals(List.of(OrderStatus.COMPLETED), OrderStatus.stepsBetween(OrderStatus.PICKED_UP, OrderStatus.COMPLETED));
    }

    @Test
    void aPickedUpOrderCompletesOnItsOwnOnlyOnceItsTimeHasCome() {
        Order order = placed();
        order.advanceTo(OrderStatus.PICKED_UP, NOW);
        assertFalse(order.autoConfirm(NOW.minusSeconds(1), NOW), "picked up after the cutoff: not yet");
        assertTrue(order.isAwaitingConfirmationSince(NOW));
        assertTrue(order.autoConfirm(NOW, NOW.plusSeconds(1)));
        assertEquals(OrderStatus.COMPLETED, order.getStatus());
        assertEquals(Order.AUTO_CONFIRMED, order.getClosingReason());
        assertFalse(order.autoConfirm(NOW.plusSeconds(5), NOW.plusSeconds(5)), "once");
        assertFalse(order.confirmDelivery(NOW), "the customer's late confirmation changes nothing");
    }

    @Test
    void anUnansweredRequestIsAskedAgainThenEscalatedAndStaysTheKitchensToDecide() {
        Order order = placed();
        order.requestCancellation(NOW);
        String eventId = order.getRequestEventId();
        assertEquals(Order.UnansweredRequest.ANSWERED, order.onUnansweredRequest(NOW.minusSeconds(1), 2, NOW),
                "sent after the cutoff: not overdue");
        assertEquals(Order.UnansweredRequest.ASK_AGAIN, order.onUnansweredRequest(NOW, 2, NOW.plusSeconds(10)));
        assertEquals(Order.UnansweredRequest.ANSWERED, order.onUnansweredRequest(NOW.plusSeconds(5), 2, NOW.plusSeconds(10)),
                "the re-ask restarts the clock");
        assertEquals(Order.UnansweredRequest.ASK_AGAIN, order.onUnansweredRequest(NOW.plusSeconds(10), 2, NOW.plusSeconds(20)));
        assertEquals(Order.UnansweredRequest.ESCALATE, order.onUnansweredRequest(NOW.plusSeconds(20), 2, NOW.plusSeconds(30)));
        assertEquals(Order.UnansweredRequest.ANSWERED, order.onUnansweredRequest(NOW.plusSeconds(60), 2, NOW.plusSeconds(60)),
                "escalated once");
        assertEquals(NOW.plusSeconds(30), order.getRequestEscalatedAt(), "on the operators' list");
        assertEquals(eventId, order.getRequestEventId(), "every ask is the same event");
        assertEquals("CANCEL_REQUESTED", order.displayStatus());
        assertTrue(order.close(OrderStatus.CANCELLED, "CANCELLED_BY_CUSTOMER", NOW.plusSeconds(70)));
        assertEquals(RequestOutcome.DONE, order.getLastRequestOutcome(), "answered: off the operators' list");
    }
}
