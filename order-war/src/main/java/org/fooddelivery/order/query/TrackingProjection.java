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
import org.fooddelivery.platform.messaging.EventHandler;
import org.fooddelivery.platform.messaging.EventRoutes;

import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Builds the tracking read model from the events of every service: order (placed, status,
 * requests, changes), kitchen (store name, answers to requests), delivery (rider) and payment
 * (where the money stands). Each event is journaled and applied in the consumer's transaction.
 */
@ApplicationScoped
public class TrackingProjection implements EventHandler {

    private static final Logger LOG = Logger.getLogger(TrackingProjection.class.getName());

    @Override
    public String consumer() {
        return "order-tracking";
    }

    /** A route per event type the view follows ({@link TrackingUpdates}): journal the event, then apply it. */
    private final EventRoutes routes = journaledRoutes();

    @Override
    public EventRoutes routes() {
        return routes;
    }

    private EventRoutes journaledRoutes() {
        EventRoutes.Builder builder = EventRoutes.builder();
        TrackingUpdates.ALL.all().forEach(update -> route(builder, update));
        return builder.build();
    }

    private <E extends DomainEvent> void route(EventRoutes.Builder builder, TrackingUpdates.Typed<E> update) {
        builder.on(update.type(), (event, envelope) ->
                record(envelope, view -> update.apply(view, event, envelope.occurredAt())));
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
    void record(EventEnvelope event, Consumer<OrderTracking> update) {
        OrderTracking view = lockOrCreate(event.orderId());
        em.persist(new JournalEntry(event.eventId(), event.eventType(), event.orderId(), event.occurredAt(),
                EventCodec.toJson(event)));
        update.accept(view);
    }

    /** A journaled event replayed: the same update live consumption applied. */
    private static void replay(OrderTracking view, EventEnvelope event) {
        TrackingUpdates.ALL.of(event.eventType()).ifPresentOrElse(update -> update.apply(view, event),
                () -> LOG.warning(() -> "journaled " + event.eventType() + " " + event.eventId()
                        + " has no tracking update any more: skipped on replay"));
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
                replay(view, EventCodec.fromJson(entry.getEnvelope()));
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
