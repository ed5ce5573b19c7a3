package org.fooddelivery.kitchen.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Stores and their menus in the kitchen's own database. */
@ApplicationScoped
public class CatalogRepository {

    @PersistenceContext(unitName = "kitchen")
    EntityManager em;

    public List<Store> stores() {
        return em.createNamedQuery("Store.all", Store.class).getResultList();
    }

    public Optional<Store> store(long storeId) {
        return Optional.ofNullable(em.find(Store.class, storeId));
    }

    public List<MenuItem> menuOf(long storeId) {
        return em.createNamedQuery("MenuItem.ofStore", MenuItem.class).setParameter("storeId", storeId).getResultList();
    }

    public Optional<MenuItem> menuItem(long storeId, long menuId) {
        return Optional.ofNullable(em.find(MenuItem.class, menuId)).filter(m -> m.getStoreId() == storeId);
    }

    public void add(Store store) {
        em.persist(store);
    }

    public void add(MenuItem item) {
        em.persist(item);
    }
}
