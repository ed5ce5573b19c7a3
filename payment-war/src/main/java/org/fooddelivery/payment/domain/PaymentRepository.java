package org.fooddelivery.payment.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

@ApplicationScoped
public class PaymentRepository {

    @PersistenceContext(unitName = "payment")
    EntityManager em;

    public List<Payment> ofOrder(String orderId) {
        return em.createNamedQuery("Payment.ofOrder", Payment.class).setParameter("orderId", orderId).getResultList();
    }

    public void add(Payment payment) {
        em.persist(payment);
    }
}
