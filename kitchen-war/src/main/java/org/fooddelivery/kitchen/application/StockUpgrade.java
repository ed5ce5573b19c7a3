package org.fooddelivery.kitchen.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.fooddelivery.kitchen.domain.MenuItem;

import java.util.logging.Logger;

/**
 * Converts dishes stored before stock had two numbers (issue 13), once, at start. Until then
 * {@code MENU_ITEM.STOCK} was already net of what open tickets held; now it is what is on hand and
 * {@code RESERVED} what open tickets hold. A row whose {@code RESERVED} is still NULL (the column
 * was just added by schema generation; every row written since has a number) gets reserved = what
 * its open tickets hold and on hand = old stock + that, so what can be sold is unchanged and those
 * tickets later release exactly what they hold. Nothing to do on a new database, or once a
 * migration did the same (kitchen V2); then this class can go.
 */
@ApplicationScoped
public class StockUpgrade {

    private static final Logger LOG = Logger.getLogger(StockUpgrade.class.getName());

    /** What open tickets hold of the dish, read the same way whether the flag is SMALLINT or BOOLEAN. */
    private static final String HELD = "(SELECT COALESCE(SUM(l.QUANTITY), 0) FROM TICKET_LINE l"
            + " JOIN TICKET t ON t.ORDERID = l.ORDER_ID WHERE l.MENUID = MENU_ITEM.ID AND t.STOREID = MENU_ITEM.STOREID"
            + " AND t.STATUS IN ('RECEIVED', 'ACCEPTED') AND CAST(t.STOCKRESERVED AS INTEGER) = 1)";

    @PersistenceContext(unitName = "kitchen")
    EntityManager em;

    void onStartup(@Observes @Priority(Interceptor.Priority.APPLICATION - 100) Startup startup, StockUpgrade self) {
        self.convertOldRows();
    }

    @Transactional
    public void convertOldRows() {
        // Touching MENU_ITEM through the entity first lets schema generation add the column.
        em.createQuery("SELECT COUNT(m) FROM MenuItem m", Long.class).getSingleResult();
        em.createNativeQuery("UPDATE MENU_ITEM SET STOCK = STOCK + " + HELD + " WHERE RESERVED IS NULL")
                .executeUpdate();
        int reserved = em.createNativeQuery("UPDATE MENU_ITEM SET RESERVED = " + HELD + " WHERE RESERVED IS NULL")
                .executeUpdate();
        if (reserved > 0) {
            em.getEntityManagerFactory().getCache().evict(MenuItem.class); // rows changed behind JPA's back
            LOG.info("Stock: " + reserved + " dish(es) converted to on hand and reserved (issue 13)");
        }
    }
}
