package org.fooddelivery.kitchen.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fooddelivery.platform.application.NoSuchResourceException;
import org.fooddelivery.platform.application.NotYoursException;
import org.fooddelivery.kitchen.domain.CatalogRepository;
import org.fooddelivery.kitchen.domain.Store;
import org.fooddelivery.kitchen.domain.Ticket;
import org.fooddelivery.kitchen.domain.TicketRepository;

import java.time.Duration;
import java.time.Instant;

/**
 * F12: when an order completes, the store thanks the customer exactly once. The owner has
 * {@code kitchen.thanks.grace-period} to write their own words (POST .../thanks); after that the
 * store's default message goes out on its own.
 */
@ApplicationScoped
public class ThankYouNotes {

    @Inject
    TicketRepository tickets;

    @Inject
    CatalogRepository catalog;

    @Inject
    KitchenEvents events;

    @Inject
    @ConfigProperty(name = "kitchen.thanks.grace-period")
    Duration gracePeriod;

    /** What a store that has not written its own thanks sends; {@code {store}} is its name. */
    @Inject
    @ConfigProperty(name = "kitchen.thanks.default-message")
    String defaultMessage;

    /** The thanks the store sends when its owner does not write them for one order. */
    public String messageOf(Store store) {
        return store.thankYouMessage(defaultMessage);
    }

    @Transactional
    public void onOrderCompleted(String orderId) {
        Instant now = Instant.now();
        tickets.lock(orderId).ifPresent(ticket -> ticket.orderCompleted(now, now.plus(gracePeriod)));
    }

    @Transactional
    public Ticket thankInOwnWords(String ownerId, String orderId, String message) {
        Ticket ticket = tickets.lock(orderId).orElseThrow(() -> new NoSuchResourceException("no ticket for order " + orderId));
        Store store = catalog.store(ticket.getStoreId()).filter(s -> s.isOwnedBy(ownerId))
                .orElseThrow(() -> new NotYoursException("order " + orderId + " is not for one of your stores"));
        send(ticket, store, message);
        return ticket;
    }

    /** The default thanks for an order whose grace period passed; re-checked under the row lock. */
    @Transactional
    public boolean sendDefaultIfDue(String orderId) {
        return tickets.lock(orderId).filter(t -> t.isThanksDue(Instant.now())).map(ticket -> {
            Store store = catalog.store(ticket.getStoreId()).orElseThrow();
            send(ticket, store, messageOf(store));
            return true;
        }).orElse(false);
    }

    private void send(Ticket ticket, Store store, String message) {
        ticket.thank(Instant.now()); // IllegalTicketTransition (409) before completion or the second time
        events.thankYouSent(ticket, store, message);
    }
}
