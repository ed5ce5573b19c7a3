package org.fooddelivery.kitchen.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class TicketRepository {

    @PersistenceContext(unitName = "kitchen")
    EntityManager em;

    /** The ticket with its row locked until the transaction ends: commands on it are serialised. */
    public Optional<Ticket> lock(String orderId) {
        return Optional.ofNullable(em.find(Ticket.class, orderId, LockModeType.PESSIMISTIC_WRITE));
    }

    public void add(Ticket ticket) {
        em.persist(ticket);
        em.flush();
    }

    public List<Ticket> ofStores(Collection<Long> storeIds, TicketStatus status) {
        if (storeIds.isEmpty()) {
            return List.of();
        }
        String jpql = "SELECT t FROM Ticket t WHERE t.storeId IN :stores"
                + (status == null ? "" : " AND t.status = :status") + " ORDER BY t.receivedAt DESC";
        var query = em.createQuery(jpql, Ticket.class).setParameter("stores", storeIds).setMaxResults(500);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultList();
    }

    /** Ids of completed orders whose thank-you is due and not sent. */
    public List<String> thanksDue(Instant now, int max) {
        return em.createQuery("SELECT t.orderId FROM Ticket t WHERE t.thankedAt IS NULL AND t.thanksDueAt <= :now",
                        String.class)
                .setParameter("now", now).setMaxResults(max).getResultList();
    }

    /** Ids of tickets still RECEIVED since before the cutoff, for the store-timeout rule. */
    public List<String> receivedBefore(Instant cutoff, int max) {
        return em.createQuery("SELECT t.orderId FROM Ticket t WHERE t.status = :status AND t.receivedAt < :cutoff",
                        String.class)
                .setParameter("status", TicketStatus.RECEIVED).setParameter("cutoff", cutoff)
                .setMaxResults(max).getResultList();
    }
}
