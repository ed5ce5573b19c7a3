package org.fooddelivery.kitchen.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fooddelivery.events.kitchen.RejectionReasons;
import org.fooddelivery.events.kitchen.TicketCancellationRefused;
import org.fooddelivery.events.kitchen.TicketCancelled;
import org.fooddelivery.events.kitchen.TicketChangeRefused;
import org.fooddelivery.events.kitchen.TicketChanged;
import org.fooddelivery.events.kitchen.TicketCreated;
import org.fooddelivery.events.kitchen.TicketRejected;
import org.fooddelivery.events.order.OrderCancellationRequested;
import org.fooddelivery.events.order.OrderChangeRequested;
import org.fooddelivery.events.order.OrderLineItem;
import org.fooddelivery.events.order.OrderPlaced;
import org.fooddelivery.events.order.OrderRejected;
import org.fooddelivery.platform.messaging.EventPublisher;
import org.fooddelivery.kitchen.domain.CatalogRepository;
import org.fooddelivery.kitchen.domain.StockRoom;
import org.fooddelivery.kitchen.domain.Store;
import org.fooddelivery.kitchen.domain.Ticket;
import org.fooddelivery.kitchen.domain.TicketLine;
import org.fooddelivery.kitchen.domain.TicketRepository;
import org.fooddelivery.kitchen.domain.TicketStatus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the kitchen does with the order service's events (F3, A3): create the ticket and reserve
 * stock, and decide the customer's cancel and change requests, since only the kitchen knows
 * whether cooking has started. Runs in the message-driven bean's transaction.
 */
@ApplicationScoped
public class OrderIntake {

    @Inject
    TicketRepository tickets;

    @Inject
    CatalogRepository catalog;

    @Inject
    StockRoom stock;

    @Inject
    EventPublisher events;

    @Transactional
    public void onOrderPlaced(OrderPlaced order) {
        if (tickets.lock(order.orderId()).isPresent()) {
            return; // already here, or cancelled before it arrived
        }
        List<TicketLine> lines = lines(order.items());
        Instant now = Instant.now();
        Optional<Store> store = catalog.store(order.storeId());
        var address = order.deliveryAddress();
        if (store.isPresent() && stock.reserve(order.storeId(), lines)) {
            tickets.add(Ticket.received(order.orderId(), order.storeId(), order.customerId(), lines,
                    address.area(), address.street(), address.lat(), address.lng(), now));
            events.publish(new TicketCreated(order.orderId(), order.storeId(), store.get().getName()));
        } else {
            tickets.add(Ticket.rejectedOnArrival(order.orderId(), order.storeId(), order.customerId(), lines,
                    address.area(), address.street(), address.lat(), address.lng(), RejectionReasons.OUT_OF_STOCK, now));
            events.publish(new TicketRejected(order.orderId(), RejectionReasons.OUT_OF_STOCK));
        }
    }

    @Transactional
    public void onCancellationRequested(OrderCancellationRequested request) {
        Optional<Ticket> found = tickets.lock(request.orderId());
        if (found.isEmpty()) {
            tickets.add(Ticket.cancelledBeforeArrival(request.orderId(), Instant.now()));
            events.publish(new TicketCancelled(request.orderId()));
            return;
        }
        Ticket ticket = found.get();
        if (ticket.getStatus() == TicketStatus.CANCELLED) {
            events.publish(new TicketCancelled(request.orderId()));
        } else if (ticket.getStatus().beforeCooking()) {
            if (ticket.cancel(Instant.now())) {
                stock.release(ticket.getStoreId(), ticket.getLines());
            }
            events.publish(new TicketCancelled(request.orderId()));
        } else {
            events.publish(new TicketCancellationRefused(request.orderId(), tooLateReason(ticket)));
        }
    }

    /**
     * The order service ended the order on its own (PAYMENT_VOIDED: nothing pays for it). A
     * rejection the kitchen made itself finds its ticket closed already. If the order has not
     * reached the kitchen yet, a closed placeholder makes the late OrderPlaced reserve nothing.
     */
    @Transactional
    public void onOrderRejected(OrderRejected rejected) {
        Optional<Ticket> found = tickets.lock(rejected.orderId());
        if (found.isEmpty()) {
            tickets.add(Ticket.cancelledBeforeArrival(rejected.orderId(), Instant.now()));
        } else if (found.get().withdraw(rejected.reason(), Instant.now())) {
            stock.release(found.get().getStoreId(), found.get().getLines());
        }
    }

    @Transactional
    public void onChangeRequested(OrderChangeRequested change) {
        Optional<Ticket> found = tickets.lock(change.orderId());
        if (found.isEmpty()) {
            events.publish(new TicketChangeRefused(change.orderId(), change.changeNumber(), RejectionReasons.NO_TICKET));
            return;
        }
        Ticket ticket = found.get();
        if (change.changeNumber() <= ticket.getChangeNumber()) {
            return; // an older change than the one already applied
        }
        if (!ticket.getStatus().beforeCooking()) {
            events.publish(new TicketChangeRefused(change.orderId(), change.changeNumber(), tooLateReason(ticket)));
            return;
        }
        List<TicketLine> newLines = lines(change.items());
        if (!stock.swap(ticket.getStoreId(), ticket.getLines(), newLines)) {
            events.publish(new TicketChangeRefused(change.orderId(), change.changeNumber(), RejectionReasons.OUT_OF_STOCK));
            return;
        }
        ticket.change(change.changeNumber(), newLines, Instant.now());
        events.publish(new TicketChanged(change.orderId(), change.changeNumber()));
    }

    private static String tooLateReason(Ticket ticket) {
        return ticket.getStatus().isClosed() ? RejectionReasons.ORDER_CLOSED : RejectionReasons.COOKING_STARTED;
    }

    private static List<TicketLine> lines(List<OrderLineItem> items) {
        return items.stream().map(i -> new TicketLine(i.menuId(), i.name(), i.quantity())).toList();
    }
}
