package org.fooddelivery.kitchen.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fooddelivery.platform.application.NoSuchResourceException;
import org.fooddelivery.platform.application.NotYoursException;
import org.fooddelivery.kitchen.domain.CatalogRepository;
import org.fooddelivery.kitchen.domain.MenuItem;
import org.fooddelivery.kitchen.domain.StockAdjustment;
import org.fooddelivery.kitchen.domain.Store;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** Browsing stores and menus, and the owner's stock: counts, adjustments and their history. */
@ApplicationScoped
public class Catalog {

    @Inject
    CatalogRepository repository;

    public List<Store> stores() {
        return repository.stores();
    }

    public Store store(long storeId) {
        return repository.store(storeId).orElseThrow(() -> new NoSuchResourceException("no store " + storeId));
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

    /**
     * The owner counted the shelf: sets what is on hand (PUT .../stock). Open tickets keep their
     * reservations; see {@link MenuItem#count}.
     */
    @Transactional
    public MenuItem countStock(String callerId, long storeId, long menuId, int onHand, String reason) {
        return changeStock(callerId, storeId, menuId, item -> item.count(onHand, reason, callerId, Instant.now())).item();
    }

    /** A relative change of what is on hand (POST .../stock/adjustments), with its history line. */
    @Transactional
    public StockAdjustment adjustStock(String callerId, long storeId, long menuId, int delta, String reason) {
        return changeStock(callerId, storeId, menuId, item -> item.adjust(delta, reason, callerId, Instant.now()))
                .adjustment();
    }

    /** The dish's stock history for its owner, newest first. */
    public List<StockAdjustment> stockHistory(String callerId, long storeId, long menuId, int max) {
        ownStore(callerId, storeId);
        MenuItem item = repository.menuItem(storeId, menuId).orElseThrow(() -> noSuchDish(storeId, menuId));
        return repository.adjustmentsOf(item, max);
    }

    public StockAdjustment stockHistoryLine(String callerId, long storeId, long menuId, long adjustmentId) {
        ownStore(callerId, storeId);
        return repository.adjustment(adjustmentId)
                .filter(a -> a.getStoreId() == storeId && a.getMenuItemId() == menuId)
                .orElseThrow(() -> new NoSuchResourceException("dish " + menuId + " of store " + storeId
                        + " has no stock history line " + adjustmentId));
    }

    /**
     * Locks the dish's row (as reservations do, so neither overwrites the other), applies the
     * dish's own rule and records the history line in the same transaction.
     */
    private StockChange changeStock(String callerId, long storeId, long menuId,
                                    Function<MenuItem, StockAdjustment> change) {
        ownStore(callerId, storeId);
        MenuItem item = repository.lockMenuItem(storeId, menuId).orElseThrow(() -> noSuchDish(storeId, menuId));
        StockAdjustment adjustment = change.apply(item); // IllegalStockChange (409) changes nothing
        repository.add(adjustment);
        return new StockChange(item, adjustment);
    }

    private record StockChange(MenuItem item, StockAdjustment adjustment) {
    }

    private static NoSuchResourceException noSuchDish(long storeId, long menuId) {
        return new NoSuchResourceException("store " + storeId + " has no menu item " + menuId);
    }

    private Store ownStore(String callerId, long storeId) {
        Store store = store(storeId);
        if (!store.isOwnedBy(callerId)) {
            throw new NotYoursException("only the owner of store " + storeId + " can change it");
        }
        return store;
    }
}
