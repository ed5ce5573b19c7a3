package org.fooddelivery.order.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/** The journal's housekeeping: what may be forgotten, and forgetting it. */
@ApplicationScoped
public class TrackingJournal {

    record Compacted(int orders, int entries) {
    }

    @PersistenceContext(unitName = "order")
    EntityManager em;

    /**
     * Compacts up to {@code pageOrders} orders final since before the cutoff, oldest first, in a
     * transaction of its own: all of an order's entries go at once (a rebuild never finds half a
     * journal), and its view is marked as the snapshot.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Compacted compactPageFinalBefore(Instant cutoff, int pageOrders) {
        List<String> orders = em.createQuery("SELECT t.orderId FROM OrderTracking t WHERE t.journalCompactedAt IS NULL"
                        + " AND t.updatedAt < :cutoff AND t.status IN :final ORDER BY t.updatedAt", String.class)
                .setParameter("cutoff", cutoff).setParameter("final", OrderTracking.FINAL_STATUSES).setMaxResults(pageOrders).getResultList();
        if (orders.isEmpty()) {
            return new Compacted(0, 0);
        }
        // Order by order through the indexes, never one statement over a long IN list, which may
        // be planned as a scan of the whole journal waiting on every entry being written.
        var deleteEntries = em.createQuery("DELETE FROM JournalEntry j WHERE j.orderId = :order");
        var markSnapshot = em.createQuery("UPDATE OrderTracking t SET t.journalCompactedAt = :now WHERE t.orderId = :order")
                .setParameter("now", Instant.now());
        int entries = 0;
        for (String order : orders) {
            entries += deleteEntries.setParameter("order", order).executeUpdate();
            markSnapshot.setParameter("order", order).executeUpdate();
        }
        return new Compacted(orders.size(), entries);
    }
}
