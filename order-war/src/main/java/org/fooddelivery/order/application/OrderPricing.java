package org.fooddelivery.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fooddelivery.platform.application.InvalidRequestException;
import org.fooddelivery.order.client.DependencyFailures;
import org.fooddelivery.order.client.StoreMenus;
import org.fooddelivery.order.client.UnknownStoreException;
import org.fooddelivery.order.domain.MenuPrice;
import org.fooddelivery.order.domain.PricedOrder;
import org.fooddelivery.order.domain.Pricing;
import org.fooddelivery.order.domain.RequestedItem;

import java.util.List;

/** Prices dishes from the store's current menu, for new orders and for changes alike. */
@ApplicationScoped
public class OrderPricing {

    @Inject
    StoreMenus menus;

    @Inject
    @ConfigProperty(name = "order.dependency.retry-after-seconds")
    int retryAfterSeconds;

    /** @throws org.fooddelivery.order.domain.InvalidOrderException for a dish not on the menu */
    public PricedOrder price(long storeId, List<RequestedItem> items) {
        return Pricing.price(currentMenu(storeId), items);
    }

    private List<MenuPrice> currentMenu(long storeId) {
        try {
            return menus.pricesOf(storeId);
        } catch (UnknownStoreException e) {
            throw new InvalidRequestException("storeId", "no store " + storeId);
        } catch (RuntimeException e) {
            throw DependencyFailures.unavailable("the store catalog", e, retryAfterSeconds);
        }
    }
}
