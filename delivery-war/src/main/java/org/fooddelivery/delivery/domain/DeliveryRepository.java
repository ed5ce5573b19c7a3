package org.fooddelivery.delivery.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

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

    public List<Delivery> waitingIn(String area) {
        return em.createQuery("SELECT d FROM Delivery d WHERE d.area = :area AND d.status = :status ORDER BY d.readyAt",
                        Delivery.class)
                .setParameter("area", area).setParameter("status", DeliveryStatus.READY_FOR_PICKUP)
                .setMaxResults(200).getResultList();
    }
}
