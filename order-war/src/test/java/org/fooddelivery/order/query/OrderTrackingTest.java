package org.fooddelivery.order.query;

import org.fooddelivery.events.order.OrderStatus;
import org.fooddelivery.events.payment.PaymentStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The read model's updates commute: any arrival order of the same events gives the same view. */
class OrderTrackingTest {

    private static final Instant T0 = Instant.parse("2026-11-30T12:00:00Z");

    private static Instant t(int seconds) {
        return T0.plusSeconds(seconds);
    }

    /** A cancelled-after-change saga, as the projection sees its events. */
    private static List<Consumer<OrderTracking>> events() {
        return List.of(
                v -> v.placed("customer1", 1, 36000, t(0)),
                v -> v.reachStatus(OrderStatus.PLACED, t(1)),
                v -> v.storeNamed(1, "Gangnam Chicken House"),
                v -> v.payment(PaymentStatus.APPROVED, t(0)),
                v -> v.reachStatus(OrderStatus.ACCEPTED, t(2)),
                v -> v.requested(OrderStatus.Passing.CHANGE_REQUESTED, t(3)),
                v -> v.changed(1, 19000, t(4)),
                v -> v.payment(PaymentStatus.PARTIALLY_REFUNDED, t(4)),
                v -> v.requested(OrderStatus.Passing.CANCEL_REQUESTED, t(5)),
                v -> v.reachStatus(OrderStatus.CANCELLED, t(6)),
                v -> v.payment(PaymentStatus.REFUNDED, t(7)));
    }

    private static String describe(OrderTracking v) {
        return v.displayStatus() + " " + v.getTotalAmount() + " " + v.getPaymentStatus() + " " + v.getStoreName() + " "
                + v.getCreatedAt() + " " + v.getUpdatedAt() + " "
                + v.getTimeline().stream().map(e -> e.getStatus() + "@" + e.getAt()).toList();
    }

    @Test
    void anyOrderOfArrivalGivesTheSameView() {
        OrderTracking inOrder = new OrderTracking("o-1");
        events().forEach(e -> e.accept(inOrder));
        String expected = describe(inOrder);
        assertEquals("CANCELLED 19000 REFUNDED Gangnam Chicken House", expected.substring(0, expected.indexOf(" 2026")));

        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            List<Consumer<OrderTracking>> shuffled = new ArrayList<>(events());
            Collections.shuffle(shuffled, random);
            OrderTracking view = new OrderTracking("o-1");
            shuffled.forEach(e -> e.accept(view));
            shuffled.forEach(e -> e.accept(view)); // and every event delivered twice
            assertEquals(expected, describe(view), "round " + round);
        }
    }

    @Test
    void aRequestIsPendingOnlyUntilItIsAnswered() {
        OrderTracking view = new OrderTracking("o-2");
        view.placed("customer1", 1, 1000, t(0));
        view.requested(OrderStatus.Passing.CHANGE_REQUESTED, t(1));
        assertEquals("CHANGE_REQUESTED", view.displayStatus());
        view.requestAnswered(t(2));
        assertEquals("PLACED", view.displayStatus());

        OrderTracking reversed = new OrderTracking("o-3");
        reversed.requestAnswered(t(2));
        reversed.placed("customer1", 1, 1000, t(0));
        reversed.requested(OrderStatus.Passing.CHANGE_REQUESTED, t(1));
        assertEquals("PLACED", reversed.displayStatus(), "the answer arrived first");
    }
}
