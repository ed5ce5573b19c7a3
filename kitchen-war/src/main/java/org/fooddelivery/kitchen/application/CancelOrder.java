package org.fooddelivery.kitchen.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fooddelivery.kitchen.domain.CancellationDecision;
import org.fooddelivery.kitchen.domain.StockReservations;
import org.fooddelivery.kitchen.domain.Ticket;
import org.fooddelivery.kitchen.domain.TicketRepository;

import java.time.Instant;
import java.util.Optional;

/**
 * The customer asked to cancel (F6, A3): only the kitchen knows whether cooking started, so it
 * decides ({@link Ticket#decideCancellation}) and answers TicketCancelled or
 * TicketCancellationRefused. Runs in the message-driven bean's transaction, with the ticket's row
 * locked, so the owner's "start cooking" comes strictly before or after.
 */
@ApplicationScoped
public class CancelOrder {

    @Inject
    TicketRepository tickets;

    @Inject
    StockReservations stock;

    @Inject
    KitchenEvents events;

    @Transactional
    public void requested(String orderId) {
        Optional<Ticket> found = tickets.lock(orderId);
        if (found.isEmpty()) {
            // The request overtook the order: a closed placeholder makes the late order reserve nothing.
            tickets.add(Ticket.cancelledBeforeArrival(orderId, Instant.now()));
            events.ticketCancelled(orderId);
            return;
        }
        Ticket ticket = found.get();
        CancellationDecision decision = ticket.decideCancellation(Instant.now());
        if (decision instanceof CancellationDecision.Refused refused) {
            events.cancellationRefused(orderId, refused.reason());
            return;
        }
        if (decision instanceof CancellationDecision.Cancelled cancelled && cancelled.releaseStock()) {
            stock.release(ticket.getStoreId(), ticket.getLines());
        }
        events.ticketCancelled(orderId);
    }
}
