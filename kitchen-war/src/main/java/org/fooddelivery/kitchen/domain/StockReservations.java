package org.fooddelivery.kitchen.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reserves, releases, replaces and consumes a ticket's portions on the dishes it names, all or
 * nothing: every menu row involved is locked (in id order, so two tickets never deadlock), every
 * dish is checked by its own rule ({@link MenuItem}), and only then is any changed. The rules themselves live in {@link MenuItem};
 * this class only coordinates several dishes in one step.
 */
@ApplicationScoped
public class StockReservations {

    @PersistenceContext(unitName = "kitchen")
    EntityManager em;

    /** Reserves the lines' portions; false (and nothing reserved) if any dish has too few available. */
    public boolean reserve(long storeId, List<TicketLine> lines) {
        return replace(storeId, List.of(), lines);
    }

    /** Gives a ticket's reservation back (reject, cancel, timeout). */
    public void release(long storeId, List<TicketLine> lines) {
        if (!replace(storeId, lines, List.of())) {
            throw new IllegalStateException("releasing stock cannot fail");
        }
    }

    /**
     * Replaces the reservation of {@code from} by one of {@code to} (a change), or changes nothing:
     * per dish only the difference is reserved or released, so a change that keeps a dish never
     * needs its portions twice.
     */
    public boolean replace(long storeId, List<TicketLine> from, List<TicketLine> to) {
        Map<Long, Integer> delta = portions(to);
        portions(from).forEach((menuId, n) -> delta.merge(menuId, -n, Integer::sum));
        Map<MenuItem, Integer> items = lock(storeId, delta);
        if (items == null) {
            return false;
        }
        for (Map.Entry<MenuItem, Integer> entry : items.entrySet()) {
            if (entry.getValue() > 0 && !entry.getKey().canReserve(entry.getValue())) {
                return false;
            }
        }
        items.forEach((item, n) -> {
            if (n > 0) {
                item.reserve(n);
            } else if (n < 0) {
                item.release(-n);
            }
        });
        return true;
    }

    /**
     * Cooking started: the ticket's reserved portions leave the shelf. Throws
     * {@link IllegalStockChange} (and changes nothing) if a dish has fewer on hand than the ticket
     * holds, which only happens after the owner counted fewer than were reserved.
     */
    public void consume(long storeId, List<TicketLine> lines) {
        Map<MenuItem, Integer> items = lock(storeId, portions(lines));
        if (items == null) {
            throw new IllegalStateException("a ticket holding stock names a dish of another store");
        }
        items.forEach((item, n) -> {
            if (!item.canConsume(n)) {
                item.consume(n); // refused with the dish's own reason, before anything changed
            }
        });
        items.forEach(MenuItem::consume);
    }

    /**
     * The dishes locked in id order with their portions; a dish no longer on this store's menu is
     * skipped when portions go back to it, and makes the whole step impossible (null) when portions
     * are wanted from it.
     */
    private Map<MenuItem, Integer> lock(long storeId, Map<Long, Integer> portionsByMenuId) {
        Map<MenuItem, Integer> locked = new LinkedHashMap<>();
        for (Map.Entry<Long, Integer> entry : portionsByMenuId.entrySet()) {
            if (entry.getValue() == 0) {
                continue;
            }
            MenuItem item = em.find(MenuItem.class, entry.getKey(), LockModeType.PESSIMISTIC_WRITE);
            if (item == null || item.getStoreId() != storeId) {
                if (entry.getValue() > 0) {
                    return null;
                }
                continue;
            }
            locked.put(item, entry.getValue());
        }
        return locked;
    }

    private static Map<Long, Integer> portions(List<TicketLine> lines) {
        Map<Long, Integer> byMenuId = new TreeMap<>();
        lines.forEach(line -> byMenuId.merge(line.getMenuId(), line.getQuantity(), Integer::sum));
        return byMenuId;
    }
}
