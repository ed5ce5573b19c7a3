package org.fooddelivery.order.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.fooddelivery.platform.application.NoSuchResourceException;
import org.fooddelivery.platform.application.NotYoursException;

import java.util.List;

/** Reads served only from the tracking read model (CQRS query side). */
@ApplicationScoped
public class TrackingQueries {

    @PersistenceContext(unitName = "order")
    EntityManager em;

    public OrderTracking trackingOf(String customerId, String orderId) {
        OrderTracking view = em.find(OrderTracking.class, orderId);
        if (view == null || !view.isVisible()) {
            throw new NoSuchResourceException("no tracking for order " + orderId + " yet");
        }
        if (!view.belongsTo(customerId)) {
            throw new NotYoursException("order " + orderId + " is not yours");
        }
        return view;
    }

    /** The customer's orders, newest first. */
    public List<OrderTracking> ordersOf(String customerId, int page, int size) {
        return em.createQuery("SELECT t FROM OrderTracking t WHERE t.customerId = :customer "
                        + "ORDER BY t.createdAt DESC, t.orderId", OrderTracking.class)
                .setParameter("customer", customerId)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public long countOf(String customerId) {
        return em.createQuery("SELECT COUNT(t) FROM OrderTracking t WHERE t.customerId = :customer", Long.class)
                .setParameter("customer", customerId).getSingleResult();
    }
}
