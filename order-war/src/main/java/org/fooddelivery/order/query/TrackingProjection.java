package org.fooddelivery.order.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.fooddelivery.contracts.events.EventCodec;
import org.fooddelivery.contracts.events.EventEnvelope;
import org.fooddelivery.contracts.events.delivery.DeliveryPickedUp;
import org.fooddelivery.contracts.events.kitchen.TicketCreated;
import org.fooddelivery.contracts.events.order.OrderChanged;
import org.fooddelivery.contracts.events.order.OrderPlaced;
import org.fooddelivery.contracts.events.order.OrderStatusChanged;
import org.fooddelivery.contracts.events.payment.PaymentAdjusted;
import org.fooddelivery.contracts.events.payment.PaymentRefunded;
import org.fooddelivery.contracts.messaging.EventHandler;

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

    @Override
    public void handle(EventEnvelope event) {
        record(event);
    }

    @PersistenceContext(unitName = "order")
    EntityManager em;

    @Inject
    TrackingRows rows;

    @Transactional
    public void record(EventEnvelope event) {
        em.persist(new JournalEntry(event.eventId(), event.eventType(), event.orderId(), event.occurredAt(),
                EventCodec.toJson(event)));
        apply(event);
    }

    void apply(EventEnvelope event) {
        OrderTracking view = lockOrCreate(event.orderId());
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
        // A replay applies many events per transaction; the next locking find of this row refreshes
        // it from the database, so every change must be there first.
        em.flush();
    }

    @Transactional
    public void clearViews() {
        em.createQuery("SELECT t FROM OrderTracking t", OrderTracking.class).getResultStream().forEach(em::remove);
    }

    /** Applies the next page of the journal; the rebuild calls it until a page comes back short. */
    @Transactional
    public List<JournalEntry> replayPage(long afterSequence, int pageSize) {
        List<JournalEntry> page = em.createQuery(
                        "SELECT j FROM JournalEntry j WHERE j.sequence > :after ORDER BY j.sequence", JournalEntry.class)
                .setParameter("after", afterSequence).setMaxResults(pageSize).getResultList();
        page.forEach(entry -> apply(EventCodec.fromJson(entry.getEnvelope())));
        return page;
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
