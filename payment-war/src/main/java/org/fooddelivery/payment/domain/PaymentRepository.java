package org.fooddelivery.payment.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.fooddelivery.events.payment.PaymentStatus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PaymentRepository {

    @PersistenceContext(unitName = "payment")
    EntityManager em;

    public List<Payment> ofOrder(String orderId) {
        return em.createNamedQuery("Payment.ofOrder", Payment.class).setParameter("orderId", orderId).getResultList();
    }

    /**
     * The charged (not declined) payment of an order, row locked until the transaction ends. Found
     * first, then locked by primary key: a locking query could lock every row it scans in Derby.
     */
    public Optional<Payment> lockCharged(String orderId) {
        return em.createNamedQuery("Payment.chargedOfOrder", Payment.class)
                .setParameter("orderId", orderId).setParameter("declined", PaymentStatus.DECLINED)
                .getResultStream().findFirst()
                .flatMap(payment -> lock(payment.getId()));
    }

    public Optional<Payment> lock(String paymentId) {
        return Optional.ofNullable(em.find(Payment.class, paymentId, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<String> unconfirmedBefore(Instant cutoff, int max) {
        return em.createNamedQuery("Payment.unconfirmedBefore", String.class)
                .setParameter("approved", PaymentStatus.APPROVED).setParameter("cutoff", cutoff)
                .setMaxResults(max).getResultList();
    }

    /** Inserts now, so a second approval of the same order fails here, inside the caller's transaction. */
    public void add(Payment payment) {
        em.persist(payment);
        em.flush();
    }
}
