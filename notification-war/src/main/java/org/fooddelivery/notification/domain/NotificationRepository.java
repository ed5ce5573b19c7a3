package org.fooddelivery.notification.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class NotificationRepository {

    @PersistenceContext(unitName = "notification")
    EntityManager em;

    public void add(Notification notification) {
        em.persist(notification);
    }

    public Optional<Notification> lock(String id) {
        return Optional.ofNullable(em.find(Notification.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<Notification> ofOrder(String orderId) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.orderId = :order ORDER BY n.createdAt, n.id",
                Notification.class).setParameter("order", orderId).getResultList();
    }

    public List<String> inStateSince(NotificationState state, Instant before, int max) {
        return em.createQuery("SELECT n.id FROM Notification n WHERE n.state = :state AND n.updatedAt < :before",
                        String.class)
                .setParameter("state", state).setParameter("before", before).setMaxResults(max).getResultList();
    }
}
