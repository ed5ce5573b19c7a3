package org.fooddelivery.order.domain;

import org.fooddelivery.events.order.OrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class OrderRepository {

    @PersistenceContext(unitName = "order")
    EntityManager em;

    public void add(Order order) {
        em.persist(order);
    }

    /** The order with its row locked until the transaction ends: commands and facts are serialised. */
    public Optional<Order> lock(String orderId) {
        return Optional.ofNullable(em.find(Order.class, orderId, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<Order> find(String orderId) {
        return Optional.ofNullable(em.find(Order.class, orderId));
    }

    /** Ids of orders picked up at or before {@code cutoff} (candidates: the rule is checked again under the lock). */
    public List<String> pickedUpBefore(Instant cutoff, int max) {
        return em.createQuery("SELECT o.id FROM Order o WHERE o.status = :status AND o.updatedAt <= :cutoff"
                        + " ORDER BY o.updatedAt", String.class)
                .setParameter("status", OrderStatus.PICKED_UP).setParameter("cutoff", cutoff)
                .setMaxResults(max).getResultList();
    }

    /** Ids of orders whose pending request was last sent at or before {@code cutoff} and is not with the operators. */
    public List<String> requestsAskedBefore(Instant cutoff, int max) {
        return em.createQuery("SELECT o.id FROM Order o WHERE o.lastRequestOutcome = :pending"
                        + " AND o.requestAskedAt <= :cutoff AND o.requestEscalatedAt IS NULL ORDER BY o.requestAskedAt",
                        String.class)
                .setParameter("pending", RequestOutcome.PENDING).setParameter("cutoff", cutoff)
                .setMaxResults(max).getResultList();
    }

    /** Orders whose request went to the operators and is still unanswered, oldest first. */
    public List<Order> escalatedRequests(int max) {
        return em.createQuery("SELECT o FROM Order o WHERE o.lastRequestOutcome = :pending"
                        + " AND o.requestEscalatedAt IS NOT NULL ORDER BY o.requestEscalatedAt", Order.class)
                .setParameter("pending", RequestOutcome.PENDING).setMaxResults(max).getResultList();
    }
}
