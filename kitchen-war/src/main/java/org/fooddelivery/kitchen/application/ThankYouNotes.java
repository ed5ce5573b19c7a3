package org.fooddelivery.kitchen.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fooddelivery.events.kitchen.ThankYouSent;
import org.fooddelivery.platform.messaging.EventPublisher;
import org.fooddelivery.platform.problem.ProblemException;
import org.fooddelivery.kitchen.domain.CatalogRepository;
import org.fooddelivery.kitchen.domain.IllegalTicketTransition;
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
    EventPublisher events;

    @Inject
    @ConfigProperty(name = "kitchen.thanks.grace-period", defaultValue = "PT2M")
    Duration gracePeriod;

    @Transactional
    public void onOrderCompleted(String orderId) {
        Instant now = Instant.now();
        tickets.lock(orderId).ifPresent(ticket -> ticket.orderCompleted(now, now.plus(gracePeriod)));
    }

    @Transactional
    public Ticket thankInOwnWords(String ownerId, String orderId, String message) {
        Ticket ticket = tickets.lock(orderId).orElseThrow(() -> ProblemException.notFound("no ticket for order " + orderId));
        Store store = catalog.store(ticket.getStoreId()).filter(s -> s.isOwnedBy(ownerId))
                .orElseThrow(() -> ProblemException.forbidden("order " + orderId + " is not for one of your stores"));
        send(ticket, store, message);
        return ticket;
    }

    /** The default thanks for an order whose grace period passed; re-checked under the row lock. */
    @Transactional
    public boolean sendDefaultIfDue(String orderId) {
        return tickets.lock(orderId).filter(t -> t.isThanksDue(Instant.now())).map(ticket -> {
            Store store = catalog.store(ticket.getStoreId()).orElseThrow();
            send(ticket, store, store.thankYouMessage());
            return true;
        }).orElse(false);
    }

    private void send(Ticket ticket, Store store, String message) {
        try {
            ticket.thank(Instant.now());
        } catch (IllegalTicketTransition e) {
            throw ProblemException.conflict(e.getMessage());
        }
        events.publish(new ThankYouSent(ticket.getOrderId(), ticket.getCustomerId(), store.getId(), store.getName(),
                message));
    }
}
