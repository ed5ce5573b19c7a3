package org.fooddelivery.notification.messaging;

import org.fooddelivery.events.DomainEvent;
import org.fooddelivery.events.EventEnvelope;
import org.fooddelivery.events.kitchen.ThankYouSent;
import org.fooddelivery.events.order.OrderCompleted;
import org.fooddelivery.events.order.OrderRequestEscalated;
import org.fooddelivery.events.order.OrderStatusChanged;
import org.fooddelivery.notification.application.CustomerMessages;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each event the consumer takes, decoded from a real envelope, reaches its use case with the event's id. */
class NotificationEventHandlerTest {

    static final class RecordingMessages extends CustomerMessages {
        final List<String> calls = new ArrayList<>();

        @Override
        public void onStatusChanged(EventEnvelope event, OrderStatusChanged change) {
            calls.add(event.eventId() + " status " + change.status());
        }

        @Override
        public void onRequestEscalated(EventEnvelope event, OrderRequestEscalated escalated) {
            calls.add(event.eventId() + " escalated " + escalated.request());
        }

        @Override
        public void onThankYou(EventEnvelope event, ThankYouSent thanks) {
            calls.add(event.eventId() + " thanks " + thanks.storeName());
        }
    }

    private final RecordingMessages messages = new RecordingMessages();
    private final NotificationEventHandler handler = new NotificationEventHandler();

    NotificationEventHandlerTest() {
        handler.messages = messages;
    }

    private void deliver(String eventId, DomainEvent event) {
        handler.routes().dispatch(EventEnvelope.of(eventId, event, Instant.now()));
    }

    @Test
    void routesEachEventToItsMessage() {
        deliver("e-1", new OrderStatusChanged("o-1", "customer1", 1, "ACCEPTED", "PLACED", null));
        deliver("e-2", new OrderRequestEscalated("o-1", "customer1", "CHANGE", 2));
        deliver("e-3", new ThankYouSent("o-1", "customer1", 1, "Store", "Thanks"));
        assertEquals(List.of("e-1 status ACCEPTED", "e-2 escalated CHANGE", "e-3 thanks Store"), messages.calls);
    }

    @Test
    void anEventItDoesNotTakeIsLeftAlone() {
        deliver("e-4", new OrderCompleted("o-1", "customer1", 1));
        assertEquals(List.of(), messages.calls);
        assertEquals("notification", handler.consumer());
    }
}
