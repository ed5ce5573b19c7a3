package org.fooddelivery.kitchen.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fooddelivery.events.kitchen.RejectionReasons;
import org.fooddelivery.platform.application.NoSuchResourceException;
import org.fooddelivery.platform.application.NotYoursException;
import org.fooddelivery.kitchen.domain.CatalogRepository;
import org.fooddelivery.kitchen.domain.StockReservations;
import org.fooddelivery.kitchen.domain.Store;
import org.fooddelivery.kitchen.domain.Ticket;
import org.fooddelivery.kitchen.domain.TicketRepository;
import org.fooddelivery.kitchen.domain.TicketStatus;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The store owner's commands on tickets (F4, F5). Each locks the ticket, applies the state
 * machine and announces the result in the same transaction; a command the state forbids throws
 * the domain's {@code IllegalTicketTransition} or {@code IllegalStockChange} (409) and changes nothing.
 */
@ApplicationScoped
public class KitchenTickets {

    @Inject
    TicketRepository tickets;

    @Inject
    CatalogRepository catalog;

    @Inject
    StockReservations stock;

    @Inject
    KitchenEvents events;

    public List<Ticket> ofOwner(String ownerId, TicketStatus status) {
        return tickets.ofStores(catalog.storesOwnedBy(ownerId), status);
    }

    @Transactional
    public Ticket accept(String ownerId, String orderId) {
        return command(ownerId, orderId, ticket -> {
            ticket.accept(Instant.now());
            events.ticketAccepted(orderId);
        });
    }

    @Transactional
    public Ticket reject(String ownerId, String orderId, String reason) {
        return command(ownerId, orderId, ticket -> rejectAndRelease(ticket, reason));
    }

    @Transactional
    public Ticket start(String ownerId, String orderId) {
        return command(ownerId, orderId, ticket -> {
            if (ticket.startCooking(Instant.now())) {
                stock.consume(ticket.getStoreId(), ticket.getLines());
            }
            events.cookingStarted(orderId);
        });
    }

    @Transactional
    public Ticket finish(String ownerId, String orderId) {
        return command(ownerId, orderId, ticket -> {
            ticket.finishCooking(Instant.now());
            Store store = catalog.store(ticket.getStoreId()).orElseThrow();
            events.cookingFinished(ticket, store);
        });
    }

    /**
     * Saga timeout: a ticket the store leaves unanswered is rejected as STORE_TIMEOUT, compensated
     * like any rejection. Re-checked under the lock, so an owner accepting at that very moment wins
     * or loses cleanly.
     */
    @Transactional
    public boolean rejectIfStillUnanswered(String orderId, Instant cutoff) {
        return tickets.lock(orderId).filter(t -> t.isStaleSince(cutoff)).map(ticket -> {
            rejectAndRelease(ticket, RejectionReasons.STORE_TIMEOUT);
            return true;
        }).orElse(false);
    }

    private void rejectAndRelease(Ticket ticket, String reason) {
        if (ticket.reject(reason, Instant.now())) {
            stock.release(ticket.getStoreId(), ticket.getLines());
        }
        events.ticketRejected(ticket.getOrderId(), reason);
    }

    private Ticket command(String ownerId, String orderId, Consumer<Ticket> change) {
        Ticket ticket = tickets.lock(orderId).orElseThrow(() -> new NoSuchResourceException("no ticket for order " + orderId));
        boolean owner = catalog.store(ticket.getStoreId()).map(s -> s.isOwnedBy(ownerId)).orElse(false);
        if (!owner) {
            throw new NotYoursException("order " + orderId + " is not for one of your stores");
        }
        change.accept(ticket);
        return ticket;
    }
}
