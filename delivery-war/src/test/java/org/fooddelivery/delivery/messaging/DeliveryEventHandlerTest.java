package org.fooddelivery.delivery.messaging;

import org.fooddelivery.delivery.application.DeliveryLifecycle;
import org.fooddelivery.events.DomainEvent;
import org.fooddelivery.events.EventEnvelope;
import org.fooddelivery.events.kitchen.CookingFinished;
import org.fooddelivery.events.kitchen.CookingStarted;
import org.fooddelivery.events.order.DeliveryAddress;
import org.fooddelivery.events.order.OrderCancelled;
import org.fooddelivery.events.order.OrderCompleted;
import org.fooddelivery.events.order.OrderRejected;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each event the consumer takes, decoded from a real envelope, reaches the right step of the lifecycle. */
class DeliveryEventHandlerTest {

    static final class RecordingLifecycle extends DeliveryLifecycle {
        final List<String> calls = new ArrayList<>();

        @Override
        public void offer(CookingFinished ready) {
            calls.add("offer " + ready.orderId() + " in " + ready.deliveryAddress().area());
        }

        @Override
        public void complete(String orderId) {
            calls.add("complete " + orderId);
        }

        @Override
        public void withdraw(String orderId, String reason) {
            calls.add("withdraw " + orderId + " " + reason);
        }
    }

    private final RecordingLifecycle lifecycle = new RecordingLifecycle();
    private final DeliveryEventHandler handler = new DeliveryEventHandler();

    DeliveryEventHandlerTest() {
        handler.lifecycle = lifecycle;
    }

    private void deliver(DomainEvent event) {
        handler.routes().dispatch(EventEnvelope.of(event, Instant.now()));
    }

    @Test
    void routesEachEventToItsStep() {
        deliver(new CookingFinished("o-1", "customer1", 1, "Store", 37.4979, 127.0276,
                new DeliveryAddress("gangnam", "Teheran-ro 1", null, null)));
        deliver(new OrderCompleted("o-1", "customer1", 1));
        deliver(new OrderRejected("o-2", "PAYMENT_VOIDED"));
        deliver(new OrderCancelled("o-3", "CANCELLED_BY_CUSTOMER"));
        assertEquals(List.of("offer o-1 in gangnam", "complete o-1", "withdraw o-2 PAYMENT_VOIDED",
                "withdraw o-3 CANCELLED_BY_CUSTOMER"), lifecycle.calls);
    }

    @Test
    void anEventItDoesNotTakeIsLeftAlone() {
        deliver(new CookingStarted("o-1"));
        assertEquals(List.of(), lifecycle.calls);
        assertEquals("delivery", handler.consumer());
    }
}
