package org.fooddelivery.payment.messaging;

import org.fooddelivery.events.DomainEvent;
import org.fooddelivery.events.EventEnvelope;
import org.fooddelivery.events.order.OrderCancelled;
import org.fooddelivery.events.order.OrderChanged;
import org.fooddelivery.events.order.OrderCompleted;
import org.fooddelivery.events.order.OrderPlaced;
import org.fooddelivery.events.order.OrderRejected;
import org.fooddelivery.payment.application.PaymentSaga;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each order event payment subscribes to reaches its saga step, decoded from the envelope. */
class PaymentEventHandlerTest {

    private final List<String> calls = new ArrayList<>();

    private void deliver(PaymentEventHandler handler, DomainEvent event) {
        handler.routes().dispatch(EventEnvelope.of(event, Instant.now()));
    }

    @Test
    void everyOrderEventReachesItsSagaStep() {
        PaymentEventHandler handler = new PaymentEventHandler();
        handler.saga = new PaymentSaga() {
            @Override
            public void orderPlaced(String orderId) {
                calls.add("placed " + orderId);
            }

            @Override
            public void refundInFull(String orderId, String reason) {
                calls.add("refund " + orderId + " " + reason);
            }

            @Override
            public void orderChanged(String orderId, int changeNumber, long newTotal) {
                calls.add("changed " + orderId + " #" + changeNumber + " " + newTotal);
            }

            @Override
            public void orderCompleted(String orderId) {
                calls.add("completed " + orderId);
            }
        };

        deliver(handler, new OrderPlaced("o-1", "customer1", 1, List.of(), 36000, null, "p-1"));
        deliver(handler, new OrderChanged("o-1", 1, 36000, 30000));
        deliver(handler, new OrderRejected("o-1", "OUT_OF_STOCK"));
        deliver(handler, new OrderCancelled("o-1", "CANCELLED_BY_CUSTOMER"));
        deliver(handler, new OrderCompleted("o-1", "customer1", 1));

        assertEquals(List.of("placed o-1", "changed o-1 #1 30000", "refund o-1 OUT_OF_STOCK",
                "refund o-1 CANCELLED_BY_CUSTOMER", "completed o-1"), calls);
    }
}
