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
 * Stock belongs to the kitchen. Reservations are all-or-nothing: every menu row involved is
 * locked (in id order, so two orders never deadlock) and checked before any is changed.
 */
@ApplicationScoped
public class StockRoom {

    @PersistenceContext(unitName = "kitchen")
    EntityManager em;

    public boolean reserve(long storeId, List<TicketLine> lines) {
        return move(storeId, portions(lines, 1));
    }

    public void release(long storeId, List<TicketLine> lines) {
        if (!move(storeId, portions(lines, -1))) {
            throw new IllegalStateException("releasing stock cannot fail");
        }
    }

    /** Swaps the reservation of {@code from} for one of {@code to}, or changes nothing. */
    public boolean swap(long storeId, List<TicketLine> from, List<TicketLine> to) {
        Map<Long, Integer> delta = portions(to, 1);
        portions(from, -1).forEach((menuId, n) -> delta.merge(menuId, n, Integer::sum));
        return move(storeId, delta);
    }

    /** Positive portions are taken, negative ones given back; false (and nothing changed) if any is short. */
    private boolean move(long storeId, Map<Long, Integer> portionsByMenuId) {
        Map<MenuItem, Integer> locked = new LinkedHashMap<>();
        for (Map.Entry<Long, Integer> entry : portionsByMenuId.entrySet()) {
            MenuItem item = em.find(MenuItem.class, entry.getKey(), LockModeType.PESSIMISTIC_WRITE);
            if (item == null || item.getStoreId() != storeId) {
                if (entry.getValue() > 0) {
                    return false; // a dish no longer on this store's menu cannot be cooked
                }
                continue;
            }
            if (entry.getValue() > item.getStock()) {
                return false;
            }
            locked.put(item, entry.getValue());
        }
        locked.forEach(MenuItem::take);
        return true;
    }

    private static Map<Long, Integer> portions(List<TicketLine> lines, int sign) {
        Map<Long, Integer> byMenuId = new TreeMap<>();
        lines.forEach(line -> byMenuId.merge(line.getMenuId(), sign * line.getQuantity(), Integer::sum));
        return byMenuId;
    }
}
