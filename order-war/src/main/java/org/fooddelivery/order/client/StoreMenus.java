package org.fooddelivery.order.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fooddelivery.order.domain.MenuPrice;

/**
 * The prices order-war charges from: each store's menu as the kitchen last answered it, kept for
 * {@code order.menu.prices-max-age}. A menu's prices are the kitchen's seed data (no API changes
 * them), so asking the kitchen once per order cost an HTTP call, a token check and a read there
 * for the same answer every time; and a refused order (payment's circuit open) no longer waits on
 * the kitchen first. Stock is not read from here: the kitchen reserves it when the order arrives
 * and answers OUT_OF_STOCK itself.
 * <p>
 * When a kept menu is older than the max age, one caller asks the kitchen again while the others
 * go on with the kept prices: were every caller to ask at once, a kitchen slow for a moment (a
 * lock wait on its menu rows under load) would turn every order of that moment into a 503. If the
 * kitchen cannot answer, the kept prices still price orders, and the next caller asks again. A
 * store is read before its first order is priced; an unknown store is never kept, so a store
 * added later is seen.
 */
@ApplicationScoped
public class StoreMenus {

    private static final Logger LOG = Logger.getLogger(StoreMenus.class.getName());

    /** A store's prices, when they were read, and whether a caller is reading them again now. */
    private static final class Kept {
        final List<MenuPrice> prices;
        final Instant readAt;
        final AtomicBoolean rereading = new AtomicBoolean();

        Kept(List<MenuPrice> prices, Instant readAt) {
            this.prices = prices;
            this.readAt = readAt;
        }
    }

    private final Map<Long, Kept> kept = new ConcurrentHashMap<>();

    @Inject
    StoreCatalog catalog;

    @Inject
    @ConfigProperty(name = "order.menu.prices-max-age")
    Duration maxAge;

    Clock clock = Clock.systemUTC();

    protected StoreMenus() {
        // for CDI
    }

    /** For tests and tools: a given catalog, age and clock. */
    public StoreMenus(StoreCatalog catalog, Duration maxAge, Clock clock) {
        this.catalog = catalog;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** @throws UnknownStoreException when the kitchen has no such store */
    public List<MenuPrice> pricesOf(long storeId) {
        Kept menu = kept.get(storeId);
        if (menu == null) {
            return read(storeId).prices;
        }
        if (menu.readAt.plus(maxAge).isAfter(clock.instant()) || !menu.rereading.compareAndSet(false, true)) {
            return menu.prices;
        }
        try {
            return read(storeId).prices;
        } catch (UnknownStoreException e) {
            kept.remove(storeId);
            throw e;
        } catch (RuntimeException e) {
            LOG.fine(() -> "Store " + storeId + "'s menu could not be read again, its kept prices still apply: " + e);
            return menu.prices;
        } finally {
            menu.rereading.set(false);
        }
    }

    private Kept read(long storeId) {
        Kept menu = new Kept(catalog.currentMenu(storeId), clock.instant());
        kept.put(storeId, menu);
        return menu;
    }
}
