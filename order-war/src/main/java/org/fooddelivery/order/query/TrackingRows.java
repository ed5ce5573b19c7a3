package org.fooddelivery.order.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Creates an order's tracking row on its first event. The first events of an order arrive on
 * several subscriptions at once (PaymentApproved, OrderPlaced, OrderStatusChanged); creating the
 * row in a short transaction of its own lets the loser of that race simply find it, instead of
 * failing on the duplicate key and waiting for a redelivery.
 */
@ApplicationScoped
public class TrackingRows {

    @PersistenceContext(unitName = "order")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void createIfAbsent(String orderId) {
        if (em.find(OrderTracking.class, orderId) == null) {
            em.persist(new OrderTracking(orderId));
        }
    }
}
