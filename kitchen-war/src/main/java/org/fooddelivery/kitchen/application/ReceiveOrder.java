package org.fooddelivery.kitchen.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fooddelivery.events.kitchen.RejectionReasons;
import org.fooddelivery.events.order.OrderPlaced;
import org.fooddelivery.kitchen.domain.CatalogRepository;
import org.fooddelivery.kitchen.domain.StockReservations;
import org.fooddelivery.kitchen.domain.Store;
import org.fooddelivery.kitchen.domain.Ticket;
import org.fooddelivery.kitchen.domain.TicketLine;
import org.fooddelivery.kitchen.domain.TicketRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A placed order reaches the kitchen (F3): its ticket is created with the stock reserved, or
 * rejected as OUT_OF_STOCK at once when the store or a dish cannot serve it. Runs in the
 * message-driven bean's transaction.
 */
@ApplicationScoped
public class ReceiveOrder {

    @Inject
    TicketRepository tickets;

    @Inject
    CatalogRepository catalog;

    @Inject
    StockReservations stock;

    @Inject
    KitchenEvents events;

    @Transactional
    public void placed(OrderPlaced order) {
        if (tickets.lock(order.orderId()).isPresent()) {
            return; // already here, or cancelled before it arrived
        }
        List<TicketLine> lines = OrderLines.toTicketLines(order.items());
        Instant now = Instant.now();
        Optional<Store> store = catalog.store(order.storeId());
        var address = order.deliveryAddress();
        if (store.isPresent() && stock.reserve(order.storeId(), lines)) {
            Ticket ticket = Ticket.received(order.orderId(), order.storeId(), order.customerId(), lines,
                    address.area(), address.street(), address.lat(), address.lng(), now);
            tickets.add(ticket);
            events.ticketCreated(ticket, store.get());
        } else {
            tickets.add(Ticket.rejectedOnArrival(order.orderId(), order.storeId(), order.customerId(), lines,
                    address.area(), address.street(), address.lat(), address.lng(), RejectionReasons.OUT_OF_STOCK, now));
            events.ticketRejected(order.orderId(), RejectionReasons.OUT_OF_STOCK);
        }
    }
}
