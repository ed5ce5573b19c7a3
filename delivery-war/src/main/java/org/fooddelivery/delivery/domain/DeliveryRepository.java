package org.fooddelivery.delivery.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class DeliveryRepository {

    @PersistenceContext(unitName = "delivery")
    EntityManager em;

    public Optional<Delivery> find(String orderId) {
        return Optional.ofNullable(em.find(Delivery.class, orderId));
    }

    /** Row locked until the transaction ends: two riders racing are served one after the other. */
    public Optional<Delivery> lock(String orderId) {
        return Optional.ofNullable(em.find(Delivery.class, orderId, LockModeType.PESSIMISTIC_WRITE));
    }

    public void add(Delivery delivery) {
        em.persist(delivery);
    }

    /** Waiting for a rider in the area, oldest first. */
    public List<Delivery> waitingIn(String area, int max) {
        return em.createQuery("SELECT d FROM Delivery d WHERE d.area = :area AND d.status = :status ORDER BY d.readyAt",
                        Delivery.class)
                .setParameter("area", area).setParameter("status", DeliveryStatus.READY_FOR_PICKUP)
                .setMaxResults(max).getResultList();
    }

    /** Ids of deliveries offered at or before {@code cutoff} and still waiting (candidates: checked again under the lock). */
    public List<String> waitingSince(Instant cutoff, int max) {
        return em.createQuery("SELECT d.orderId FROM Delivery d WHERE d.status = :status AND d.readyAt <= :cutoff"
                        + " AND d.escalatedAt IS NULL ORDER BY d.readyAt", String.class)
                .setParameter("status", DeliveryStatus.READY_FOR_PICKUP).setParameter("cutoff", cutoff)
                .setMaxResults(max).getResultList();
    }

    /** Escalated and still not picked up, oldest first. */
    public List<Delivery> escalated(int max) {
        return em.createQuery("SELECT d FROM Delivery d WHERE d.status = :status AND d.escalatedAt IS NOT NULL"
                        + " ORDER BY d.readyAt", Delivery.class)
                .setParameter("status", DeliveryStatus.READY_FOR_PICKUP).setMaxResults(max).getResultList();
    }
}
