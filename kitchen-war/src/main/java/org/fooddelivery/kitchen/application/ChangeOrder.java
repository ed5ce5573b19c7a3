package org.fooddelivery.kitchen.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fooddelivery.events.kitchen.RejectionReasons;
import org.fooddelivery.events.order.OrderChangeRequested;
import org.fooddelivery.kitchen.domain.ChangeDecision;
import org.fooddelivery.kitchen.domain.StockReservations;
import org.fooddelivery.kitchen.domain.Ticket;
import org.fooddelivery.kitchen.domain.TicketRepository;

import java.time.Instant;
import java.util.Optional;

/**
 * The customer asked to change the order's lines (F13): the ticket decides
 * ({@link Ticket#decideChange}) under its row lock, moving the stock reservation when it agrees,
 * and the kitchen answers TicketChanged or TicketChangeRefused.
 */
@ApplicationScoped
public class ChangeOrder {

    @Inject
    TicketRepository tickets;

    @Inject
    StockReservations stock;

    @Inject
    KitchenEvents events;

    @Transactional
    public void requested(OrderChangeRequested change) {
        Optional<Ticket> found = tickets.lock(change.orderId());
        if (found.isEmpty()) {
            events.changeRefused(change.orderId(), change.changeNumber(), RejectionReasons.NO_TICKET);
            return;
        }
        Ticket ticket = found.get();
        ChangeDecision decision = ticket.decideChange(change.changeNumber(), OrderLines.toTicketLines(change.items()),
                (from, to) -> stock.replace(ticket.getStoreId(), from, to), Instant.now());
        if (decision instanceof ChangeDecision.Changed) {
            events.ticketChanged(change.orderId(), change.changeNumber());
        } else if (decision instanceof ChangeDecision.Refused refused) {
            events.changeRefused(change.orderId(), change.changeNumber(), refused.reason());
        }
    }
}
