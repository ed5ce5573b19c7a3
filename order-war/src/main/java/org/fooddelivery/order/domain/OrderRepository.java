package org.fooddelivery.order.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

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
}
