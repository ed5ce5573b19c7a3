package org.fooddelivery.order.query;

import org.fooddelivery.events.DomainEvent;
import org.fooddelivery.events.EventCodec;
import org.fooddelivery.events.EventEnvelope;
import org.fooddelivery.events.delivery.DeliveryPickedUp;
import org.fooddelivery.events.kitchen.TicketCancellationRefused;
import org.fooddelivery.events.kitchen.TicketChangeRefused;
import org.fooddelivery.events.kitchen.TicketCreated;
import org.fooddelivery.events.order.DeliveryAddress;
import org.fooddelivery.events.order.OrderCancellationRequested;
import org.fooddelivery.events.order.OrderChangeRequested;
import org.fooddelivery.events.order.OrderChanged;
import org.fooddelivery.events.order.OrderPlaced;
import org.fooddelivery.events.order.OrderStatusChanged;
import org.fooddelivery.events.payment.PaymentAdjusted;
import org.fooddelivery.events.payment.PaymentApproved;
import org.fooddelivery.events.payment.PaymentRefunded;
import org.fooddelivery.events.payment.PaymentSettled;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tracking updates by event class: what each event does to the view, the same whether it is
 * applied as consumed (decoded record) or replayed from the journal (its stored JSON).
 */
class TrackingUpdatesTest {

    private static final Instant T0 = Instant.parse("2026-11-30T12:00:00Z");

    private static EventEnvelope at(int seconds, DomainEvent event) {
        return EventEnvelope.of(event, T0.plusSeconds(seconds));
    }

    /** One saga: placed, changed cheaper, picked up, completed and settled; a cancel refused on the way. */
    private static List<EventEnvelope> saga() {
        return List.of(
                at(0, new OrderPlaced("o-1", "customer1", 1, List.of(), 36000,
                        new DeliveryAddress("gangnam", "x", null, null), "p-1")),
                at(0, new PaymentApproved("o-1", "p-1", "customer1", 36000)),
                at(1, new OrderStatusChanged("o-1", "customer1", 1, "PLACED", null, null)),
                at(1, new TicketCreated("o-1", 1, "Gangnam Chicken House")),
                at(2, new OrderChangeRequested("o-1", 1, List.of(), 19000)),
                at(3, new OrderChanged("o-1", 1, 36000, 19000)),
                at(3, new PaymentAdjusted("o-1", "p-1", 36000, 17000, "PARTIALLY_REFUNDED")),
                at(4, new OrderStatusChanged("o-1", "customer1", 1, "COOKING", "PLACED", null)),
                at(5, new OrderCancellationRequested("o-1", "customer1")),
                at(6, new TicketCancellationRefused("o-1", "COOKING_STARTED")),
                at(7, new DeliveryPickedUp("o-1", "rider1")),
                at(8, new OrderStatusChanged("o-1", "customer1", 1, "COMPLETED", "PICKED_UP", null)),
                at(9, new PaymentSettled("o-1", "p-1", 19000)));
    }

    private static String describe(OrderTracking v) {
        return v.displayStatus() + " " + v.getTotalAmount() + " " + v.getPaymentStatus() + " " + v.getStoreName() + " "
                + v.getRiderId() + " " + v.getTimeline().stream().map(TimelineEntry::getStatus).toList();
    }

    @Test
    void eachEventUpdatesTheViewByItsClass() {
        OrderTracking view = new OrderTracking("o-1");
        for (EventEnvelope event : saga()) {
            TrackingUpdates.ALL.of(event.eventType()).orElseThrow().apply(view, event);
        }
        assertEquals("COMPLETED 19000 SETTLED Gangnam Chicken House rider1"
                + " [PLACED, CHANGE_REQUESTED, COOKING, CANCEL_REQUESTED, COMPLETED]", describe(view));
    }

    @Test
    void aPendingRequestShowsUntilTheKitchenAnswers() {
        OrderTracking view = new OrderTracking("o-2");
        apply(view, at(0, new OrderPlaced("o-2", "customer1", 1, List.of(), 1000,
                new DeliveryAddress("gangnam", "x", null, null), "p-2")));
        apply(view, at(1, new OrderChangeRequested("o-2", 1, List.of(), 2000)));
        assertEquals("CHANGE_REQUESTED", view.displayStatus());
        apply(view, at(2, new TicketChangeRefused("o-2", 1, "OUT_OF_STOCK")));
        assertEquals("PLACED", view.displayStatus());
        apply(view, at(3, new PaymentRefunded("o-2", "p-2", 1000, 1000, 1000, "REFUNDED")));
        assertEquals("REFUNDED", view.getPaymentStatus());
    }

    @Test
    void replayingTheJournaledJsonGivesTheViewTheLiveEventsBuilt() {
        OrderTracking live = new OrderTracking("o-1");
        saga().forEach(event -> apply(live, event));
        OrderTracking replayed = new OrderTracking("o-1");
        saga().forEach(event -> TrackingUpdates.ALL.of(event.eventType()).orElseThrow()
                .apply(replayed, EventCodec.fromJson(EventCodec.toJson(event))));
        assertEquals(describe(live), describe(replayed));
    }

    @Test
    void theProjectionRoutesExactlyTheEventsItHasUpdatesFor() {
        Set<String> updated = TrackingUpdates.ALL.all().stream().map(u -> DomainEvent.typeOf(u.type()))
                .collect(Collectors.toSet());
        assertEquals(updated, new TrackingProjection().routes().eventTypes());
        assertTrue(TrackingUpdates.ALL.of("NoSuchEvent").isEmpty());
    }

    /** As consumption applies it: the decoded record. */
    private static void apply(OrderTracking view, EventEnvelope event) {
        apply(view, event, TrackingUpdates.ALL.of(event.eventType()).orElseThrow());
    }

    private static <E extends DomainEvent> void apply(OrderTracking view, EventEnvelope event, TrackingUpdates.Typed<E> update) {
        update.apply(view, event.payloadAs(update.type()), event.occurredAt());
    }
}
