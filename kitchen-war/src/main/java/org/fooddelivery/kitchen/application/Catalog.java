package org.fooddelivery.kitchen.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fooddelivery.contracts.problem.ProblemException;
import org.fooddelivery.kitchen.domain.CatalogRepository;
import org.fooddelivery.kitchen.domain.MenuItem;
import org.fooddelivery.kitchen.domain.Store;

import java.util.List;

/** Browsing stores and menus, and the owner's stock updates. */
@ApplicationScoped
public class Catalog {

    @Inject
    CatalogRepository repository;

    public List<Store> stores() {
        return repository.stores();
    }

    public Store store(long storeId) {
        return repository.store(storeId).orElseThrow(() -> ProblemException.notFound("no store " + storeId));
    }

    public List<MenuItem> menu(long storeId) {
        store(storeId);
        return repository.menuOf(storeId);
    }

    @Transactional
    public Store setThankYouMessage(String callerId, long storeId, String message) {
        Store store = ownStore(callerId, storeId);
        store.setThankYouMessage(message);
        return store;
    }

    @Transactional
    public MenuItem setStock(String callerId, long storeId, long menuId, int stock) {
        ownStore(callerId, storeId);
        MenuItem item = repository.lockMenuItem(storeId, menuId)
                .orElseThrow(() -> ProblemException.notFound("store " + storeId + " has no menu item " + menuId));
        item.setStock(stock);
        return item;
    }

    private Store ownStore(String callerId, long storeId) {
        Store store = store(storeId);
        if (!store.isOwnedBy(callerId)) {
            throw ProblemException.forbidden("only the owner of store " + storeId + " can change it");
        }
        return store;
    }
}
