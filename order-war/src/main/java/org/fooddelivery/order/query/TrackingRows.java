package org.fooddelivery.order.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Creates an order's tracking row on its first event. The first events of an order arrive on
 * several subscriptions at once (PaymentApproved, OrderPlaced, OrderStatusChanged). Each creator
 * first locks its order's bucket in TRACKING_ROW_LOCK (migration V2), so find-then-insert never
 * runs twice at once for one order and no transaction ever fails on a duplicate key; the short
 * transaction of its own releases the bucket as soon as the row exists.
 */
@ApplicationScoped
public class TrackingRows {

    /** Must match the rows migration V2 inserts. */
    static final int BUCKETS = 64;

    @PersistenceContext(unitName = "order")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void createIfAbsent(String orderId) {
        em.createNativeQuery("UPDATE TRACKING_ROW_LOCK SET USES = USES + 1 WHERE BUCKET = ?")
                .setParameter(1, bucketOf(orderId))
                .executeUpdate();
        if (em.find(OrderTracking.class, orderId) == null) {
            em.persist(new OrderTracking(orderId));
        }
    }

    static int bucketOf(String orderId) {
        return Math.floorMod(orderId.hashCode(), BUCKETS);
    }
}
