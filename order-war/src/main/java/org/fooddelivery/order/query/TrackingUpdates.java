package org.fooddelivery.order.query;

import org.fooddelivery.events.DomainEvent;
import org.fooddelivery.events.EventEnvelope;
import org.fooddelivery.events.delivery.DeliveryPickedUp;
import org.fooddelivery.events.kitchen.TicketCancellationRefused;
import org.fooddelivery.events.kitchen.TicketChangeRefused;
import org.fooddelivery.events.kitchen.TicketCreated;
import org.fooddelivery.events.order.OrderCancellationRequested;
import org.fooddelivery.events.order.OrderChangeRequested;
import org.fooddelivery.events.order.OrderChanged;
import org.fooddelivery.events.order.OrderPlaced;
import org.fooddelivery.events.order.OrderStatus;
import org.fooddelivery.events.order.OrderStatusChanged;
import org.fooddelivery.events.payment.PaymentAdjusted;
import org.fooddelivery.events.payment.PaymentApproved;
import org.fooddelivery.events.payment.PaymentRefunded;
import org.fooddelivery.events.payment.PaymentSettled;
import org.fooddelivery.events.payment.PaymentStatus;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What each event the tracking projection takes does to an order's view, registered by event
 * class: the one definition both live consumption and the journal's replay apply, so a rebuilt
 * view is the view the events built. A renamed or removed event class no longer compiles here.
 */
final class TrackingUpdates {

    /** One event type's effect on the view, at the time the event happened. */
    @FunctionalInterface
    interface Update<E extends DomainEvent> {
        void apply(OrderTracking view, E event, Instant at);
    }

    /** An update with the class it decodes payloads as. */
    record Typed<E extends DomainEvent>(Class<E> type, Update<E> update) {

        void apply(OrderTracking view, E event, Instant at) {
            update.apply(view, event, at);
        }

        /** Decodes the envelope's payload (a journal entry's, on replay) and applies it. */
        void apply(OrderTracking view, EventEnvelope envelope) {
            update.apply(view, envelope.payloadAs(type), envelope.occurredAt());
        }
    }

    static final TrackingUpdates ALL = new TrackingUpdates()
            .on(OrderPlaced.class, (view, placed, at) ->
                    view.placed(placed.customerId(), placed.storeId(), placed.totalAmount(), at))
            .on(OrderStatusChanged.class, (view, changed, at) -> {
                view.reachStatus(OrderStatus.valueOf(changed.status()), at);
                if (changed.reason() != null) {
                    view.closedBecause(changed.reason());
                }
            })
            .on(OrderCancellationRequested.class, (view, requested, at) ->
                    view.requested(OrderStatus.Passing.CANCEL_REQUESTED, at))
            .on(OrderChangeRequested.class, (view, requested, at) ->
                    view.requested(OrderStatus.Passing.CHANGE_REQUESTED, at))
            .on(OrderChanged.class, (view, changed, at) -> view.changed(changed.changeNumber(), changed.totalAmount(), at))
            .on(TicketCreated.class, (view, created, at) -> view.storeNamed(created.storeId(), created.storeName()))
            .on(TicketCancellationRefused.class, (view, refused, at) -> view.requestAnswered(at))
            .on(TicketChangeRefused.class, (view, refused, at) -> view.requestAnswered(at))
            .on(DeliveryPickedUp.class, (view, pickedUp, at) -> view.pickedUpBy(pickedUp.riderId(), at))
            .on(PaymentApproved.class, (view, approved, at) -> view.payment(PaymentStatus.APPROVED, at))
            .on(PaymentRefunded.class, (view, refunded, at) -> view.payment(PaymentStatus.valueOf(refunded.status()), at))
            .on(PaymentAdjusted.class, (view, adjusted, at) -> view.payment(PaymentStatus.valueOf(adjusted.status()), at))
            .on(PaymentSettled.class, (view, settled, at) -> view.payment(PaymentStatus.SETTLED, at));

    /** By wire name, in registration order. */
    private final Map<String, Typed<?>> byType = new LinkedHashMap<>();

    private TrackingUpdates() {
    }

    private <E extends DomainEvent> TrackingUpdates on(Class<E> type, Update<E> update) {
        if (byType.put(DomainEvent.typeOf(type), new Typed<>(type, update)) != null) {
            throw new IllegalStateException(type.getSimpleName() + " has two tracking updates");
        }
        return this;
    }

    Collection<Typed<?>> all() {
        return byType.values();
    }

    /** The update of a journaled event's type; empty for a type the view no longer follows. */
    Optional<Typed<?>> of(String eventType) {
        return Optional.ofNullable(byType.get(eventType));
    }
}
