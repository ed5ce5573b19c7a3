package org.fooddelivery.order.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.fooddelivery.events.DomainEvent;
import org.fooddelivery.events.EventCodec;
import org.fooddelivery.events.EventEnvelope;
import org.fooddelivery.events.delivery.DeliveryPickedUp;
import org.fooddelivery.events.kitchen.TicketCreated;
import org.fooddelivery.events.order.OrderChanged;
import org.fooddelivery.events.order.OrderPlaced;
import org.fooddelivery.events.order.OrderStatusChanged;
import org.fooddelivery.events.payment.PaymentAdjusted;
import org.fooddelivery.events.payment.PaymentRefunded;
import org.fooddelivery.events.order.OrderCancellationRequested;
import org.fooddelivery.events.order.OrderChangeRequested;
import org.fooddelivery.events.kitchen.TicketCancellationRefused;
import org.fooddelivery.events.kitchen.TicketChangeRefused;
import org.fooddelivery.events.payment.PaymentApproved;
import org.fooddelivery.events.payment.PaymentSettled;
import org.fooddelivery.platform.messaging.EventHandler;
import org.fooddelivery.platform.messaging.EventRoutes;

import java.time.Instant;
import java.util.List;

/**
 * Builds the tracking read model from the events of every service: order (placed, status,
 * requests, changes), kitchen (store name, answers to requests), delivery (rider) and payment
 * (where the money stands). Each event is journaled and applied in the consumer's transaction.
 */
@ApplicationScoped
public class TrackingProjection implements EventHandler {

    @Override
    public String consumer() {
        return "order-tracking";
    }

    // Every event it takes is journaled first; apply() then updates the view.
    private final EventRoutes routes = journaled(EventRoutes.builder(),
            OrderPlaced.class, OrderStatusChanged.class, OrderCancellationRequested.class, OrderChangeRequested.class,
            OrderChanged.class, TicketCreated.class, TicketCancellationRefused.class, TicketChangeRefused.class,
            DeliveryPickedUp.class, PaymentApproved.class, PaymentRefunded.class, PaymentAdjusted.class,
            PaymentSettled.class);

    @Override
    public EventRoutes routes() {
        return routes;
    }

    @SafeVarargs
    private EventRoutes journaled(EventRoutes.Builder builder, Class<? extends DomainEvent>... types) {
        for (Class<? extends DomainEvent> type : types) {
            builder.on(type, (event, envelope) -> record(envelope));
        }
        return builder.build();
    }

    @PersistenceContext(unitName = "order")
    EntityManager em;

    @Inject
    TrackingRows rows;

    /**
     * Journals the event and applies it. The order's view row is locked first, before the journal
     * entry is written, as the rebuild does: a rebuild of this order then either saw this entry or
     * waits here and applies nothing twice, and the two never wait on each other's locks.
     */
    @Transactional
    public void record(EventEnvelope event) {
        OrderTracking view = lockOrCreate(event.orderId());
        em.persist(new JournalEntry(event.eventId(), event.eventType(), event.orderId(), event.occurredAt(),
                EventCodec.toJson(event)));
        apply(view, event);
    }

    void apply(OrderTracking view, EventEnvelope event) {
        Instant at = event.occurredAt();
        switch (event.eventType()) {
            case "OrderPlaced" -> {
                OrderPlaced placed = event.payloadAs(OrderPlaced.class);
                view.placed(placed.customerId(), placed.storeId(), placed.totalAmount(), at);
            }
            case "OrderStatusChanged" -> {
                OrderStatusChanged changed = event.payloadAs(OrderStatusChanged.class);
                view.reachStatus(changed.status(), at);
                if (changed.reason() != null) {
                    view.closedBecause(changed.reason());
                }
            }
            case "OrderCancellationRequested" -> view.requested("CANCEL_REQUESTED", at);
            case "OrderChangeRequested" -> view.requested("CHANGE_REQUESTED", at);
            case "OrderChanged" -> {
                OrderChanged changed = event.payloadAs(OrderChanged.class);
                view.changed(changed.changeNumber(), changed.totalAmount(), at);
            }
            case "TicketCancellationRefused", "TicketChangeRefused" -> view.requestAnswered(at);
            case "TicketCreated" -> {
                TicketCreated created = event.payloadAs(TicketCreated.class);
                view.storeNamed(created.storeId(), created.storeName());
            }
            case "DeliveryPickedUp" -> view.pickedUpBy(event.payloadAs(DeliveryPickedUp.class).riderId(), at);
            case "PaymentApproved" -> view.payment("APPROVED", at);
            case "PaymentRefunded" -> view.payment(event.payloadAs(PaymentRefunded.class).status(), at);
            case "PaymentAdjusted" -> view.payment(event.payloadAs(PaymentAdjusted.class).status(), at);
            case "PaymentSettled" -> view.payment("SETTLED", at);
            default -> { }
        }
    }

    /**
     * The next page of order ids that have journal entries, in id order, for the rebuild to walk
     * the journal order by order.
     */
    public List<String> journaledOrdersAfter(String afterOrderId, int pageSize) {
        return em.createQuery("SELECT DISTINCT j.orderId FROM JournalEntry j WHERE j.orderId > :after ORDER BY j.orderId",
                        String.class)
                .setParameter("after", afterOrderId).setMaxResults(pageSize).getResultList();
    }

    /**
     * Recomputes these orders' views from their journal entries, in one transaction: each view is
     * locked, reset and replayed, so a reader sees the old view or the new one, never none.
     * Snapshots (orders whose journal was compacted away) stay as they are.
     *
     * @return the number of events replayed
     */
    @Transactional
    public int replayOrders(List<String> orderIds) {
        int replayed = 0;
        for (String orderId : orderIds) {
            OrderTracking view = lockOrCreate(orderId);
            if (view.isSnapshot()) {
                continue;
            }
            view.resetForReplay();
            List<JournalEntry> entries = em.createQuery(
                            "SELECT j FROM JournalEntry j WHERE j.orderId = :order ORDER BY j.sequence", JournalEntry.class)
                    .setParameter("order", orderId).getResultList();
            for (JournalEntry entry : entries) {
                apply(view, EventCodec.fromJson(entry.getEnvelope()));
            }
            replayed += entries.size();
        }
        return replayed;
    }

    private OrderTracking lockOrCreate(String orderId) {
        OrderTracking view = em.find(OrderTracking.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (view == null) {
            rows.createIfAbsent(orderId);
            view = em.find(OrderTracking.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        }
        return view;
    }
}
