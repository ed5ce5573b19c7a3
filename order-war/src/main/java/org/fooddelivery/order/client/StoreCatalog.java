package org.fooddelivery.order.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.fooddelivery.order.domain.MenuPrice;

import java.util.List;

/**
 * The store's current menu, read from the kitchen. Reading is idempotent, so one quick retry
 * hides a dropped connection; the timeout and breaker (tuned in microprofile-config) keep a sick
 * kitchen from holding order threads.
 */
@ApplicationScoped
public class StoreCatalog {

    @Inject
    @RestClient
    KitchenClient kitchen;

    @Retry(abortOn = {UnknownStoreException.class, CircuitBreakerOpenException.class})
    @CircuitBreaker(skipOn = UnknownStoreException.class)
    @Timeout
    public List<MenuPrice> currentMenu(long storeId) {
        return kitchen.menu(storeId).stream()
                .map(item -> new MenuPrice(item.id(), item.name(), item.price()))
                .toList();
    }
}
