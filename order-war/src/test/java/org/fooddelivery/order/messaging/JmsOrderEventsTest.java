package org.fooddelivery.order.messaging;

import org.fooddelivery.events.DomainEvent;
import org.fooddelivery.events.EventEnvelope;
import org.fooddelivery.events.order.OrderCancelled;
import org.fooddelivery.events.order.OrderRejected;
import org.fooddelivery.events.order.OrderStatus;
import org.fooddelivery.events.order.OrderStatusChanged;
import org.fooddelivery.order.application.UseCases;
import org.fooddelivery.order.domain.Order;
import org.fooddelivery.platform.messaging.EventPublisher;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How the port's announcements are written as events (a publisher that keeps them instead of sending). */
class JmsOrderEventsTest {

    private final List<String> sent = new ArrayList<>();
    private final JmsOrderEvents events = new JmsOrderEvents();

    JmsOrderEventsTest() {
        events.publisher = new EventPublisher() {
            @Override
            public EventEnvelope publishAs(String eventId, DomainEvent event) {
                sent.add(eventId + " " + event);
                return EventEnvelope.of(eventId, event, Instant.now());
            }
        };
    }

    private final Order order = new UseCases().placed("o-1");

    @Test
    void everyStepJumpedOverIsAnnouncedOnceInOrder() {
        order.advanceTo(OrderStatus.READY, Instant.now());
        events.statusChanged(order, OrderStatus.PLACED);
        assertEquals(List.of("ACCEPTED PLACED", "COOKING ACCEPTED", "READY COOKING"), sent.stream()
                .map(s -> s.substring(s.indexOf(' ') + 1)).map(JmsOrderEventsTest::steps).toList());
    }

    @Test
    void anExitCarriesItsReasonAndItsOwnEvent() {
        order.close(OrderStatus.CANCELLED, "CANCELLED_BY_CUSTOMER", Instant.now());
        events.closed(order);
        events.statusChanged(order, OrderStatus.PLACED);
        assertEquals(new OrderCancelled("o-1", "CANCELLED_BY_CUSTOMER").toString(), payload(0));
        assertEquals(new OrderStatusChanged("o-1", "customer1", 1, "CANCELLED", "PLACED", "CANCELLED_BY_CUSTOMER")
                .toString(), payload(1));

        Order rejected = new UseCases().placed("o-2");
        rejected.close(OrderStatus.REJECTED, "OUT_OF_STOCK", Instant.now());
        events.closed(rejected);
        assertEquals(new OrderRejected("o-2", "OUT_OF_STOCK").toString(), payload(2));
    }

    @Test
    void aPendingRequestIsSentUnderItsOwnEventIdEveryTime() {
        order.requestCancellation(Instant.now());
        events.requestPending(order);
        events.requestPending(order);
        assertEquals(sent.get(0), sent.get(1));
        assertEquals(order.getRequestEventId(), sent.get(0).substring(0, sent.get(0).indexOf(' ')));
    }

    private String payload(int i) {
        return sent.get(i).substring(sent.get(i).indexOf(' ') + 1);
    }

    private static String steps(String statusChanged) {
        String status = statusChanged.replaceAll(".*, status=([A-Z_]+),.*", "$1");
        String previous = statusChanged.replaceAll(".*, previousStatus=([A-Z_]+),.*", "$1");
        return status + " " + previous;
    }
}
