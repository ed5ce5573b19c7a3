package org.fooddelivery.kitchen.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fooddelivery.kitchen.domain.StockReservations;
import org.fooddelivery.kitchen.domain.Ticket;
import org.fooddelivery.kitchen.domain.TicketRepository;

import java.time.Instant;
import java.util.Optional;

/**
 * The order service ended the order on its own (PAYMENT_VOIDED: nothing pays for it): the ticket
 * closes whatever its state ({@link Ticket#withdraw}) and gives its stock back. A rejection the
 * kitchen made itself finds its ticket closed already. If the order has not reached the kitchen
 * yet, a closed placeholder makes the late OrderPlaced reserve nothing.
 */
@ApplicationScoped
public class CloseRejectedOrder {

    @Inject
    TicketRepository tickets;

    @Inject
    StockReservations stock;

    @Transactional
    public void rejected(String orderId, String reason) {
        Optional<Ticket> found = tickets.lock(orderId);
        if (found.isEmpty()) {
            tickets.add(Ticket.cancelledBeforeArrival(orderId, Instant.now()));
        } else if (found.get().withdraw(reason, Instant.now())) {
            stock.release(found.get().getStoreId(), found.get().getLines());
        }
    }
}
