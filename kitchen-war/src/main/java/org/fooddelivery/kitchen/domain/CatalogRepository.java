package org.fooddelivery.kitchen.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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

    /** The menu row locked until the transaction ends, as stock reservations lock it. */
    public Optional<MenuItem> lockMenuItem(long storeId, long menuId) {
        return Optional.ofNullable(em.find(MenuItem.class, menuId, LockModeType.PESSIMISTIC_WRITE))
                .filter(m -> m.getStoreId() == storeId);
    }

    public List<Long> storesOwnedBy(String ownerId) {
        return em.createQuery("SELECT s.id FROM Store s WHERE s.ownerId = :owner", Long.class)
                .setParameter("owner", ownerId).getResultList();
    }

    public void add(Store store) {
        em.persist(store);
    }

    public void add(MenuItem item) {
        em.persist(item);
    }

    /** Persisted and flushed, so its id is known to the caller's answer. */
    public void add(StockAdjustment adjustment) {
        em.persist(adjustment);
        em.flush();
    }

    public Optional<StockAdjustment> adjustment(long id) {
        return Optional.ofNullable(em.find(StockAdjustment.class, id));
    }

    /** A dish's stock history, newest first. */
    public List<StockAdjustment> adjustmentsOf(MenuItem item, int max) {
        return em.createQuery("SELECT a FROM StockAdjustment a WHERE a.menuItemId = :menuId ORDER BY a.id DESC",
                        StockAdjustment.class)
                .setParameter("menuId", item.getId()).setMaxResults(max).getResultList();
    }
}
