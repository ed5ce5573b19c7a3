package org.fooddelivery.order.application;

import org.fooddelivery.events.order.OrderStatus;
import org.fooddelivery.order.domain.Order;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** States that must not wait forever: re-asks under the same event id, then the operators; auto-confirmation. */
class SagaTimeoutsTest {

    private final UseCases app = new UseCases();

    @Test
    void anUnansweredRequestIsAskedAgainThenEscalated() {
        app.placed("o-1");
        app.cancelOrder.cancel("customer1", "o-1");
        String eventId = app.orders.stored.get("o-1").getRequestEventId();
        Instant later = Instant.now().plusSeconds(60);
        assertEquals(Order.UnansweredRequest.ASK_AGAIN, app.timeouts.reaskIfStillUnanswered("o-1", later, 1));
        assertEquals(Order.UnansweredRequest.ESCALATE,
                app.timeouts.reaskIfStillUnanswered("o-1", later.plusSeconds(60), 1));
        assertEquals(List.of("requestPending o-1 CANCEL " + eventId, "requestPending o-1 CANCEL " + eventId,
                "requestEscalated o-1"), app.events.announced, "the re-ask is the first ask's event");
        assertEquals(Order.UnansweredRequest.ANSWERED, app.timeouts.reaskIfStillUnanswered("o-404", later, 1));
    }

    @Test
    void aPickedUpOrderNeverConfirmedCompletesOnItsOwn() {
        app.placed("o-1").advanceTo(OrderStatus.PICKED_UP, Instant.now());
        assertFalse(app.timeouts.autoConfirmIfStillUnconfirmed("o-1", Instant.now().minusSeconds(60)), "not yet");
        assertTrue(app.timeouts.autoConfirmIfStillUnconfirmed("o-1", Instant.now().plusSeconds(1)));
        assertEquals(Order.AUTO_CONFIRMED, app.orders.stored.get("o-1").getClosingReason());
        assertEquals(List.of("completed o-1", "status o-1 PICKED_UP->COMPLETED"), app.events.announced);
    }
}
