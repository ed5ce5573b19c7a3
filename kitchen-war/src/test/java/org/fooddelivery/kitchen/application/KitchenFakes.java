package org.fooddelivery.kitchen.application;

import org.fooddelivery.kitchen.domain.CatalogRepository;
import org.fooddelivery.kitchen.domain.StockReservations;
import org.fooddelivery.kitchen.domain.Store;
import org.fooddelivery.kitchen.domain.Ticket;
import org.fooddelivery.kitchen.domain.TicketLine;
import org.fooddelivery.kitchen.domain.TicketRepository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-written stand-ins for the kitchen's repositories, stock and announcements: no database, no JMS. */
final class KitchenFakes {

    private KitchenFakes() {
    }

    /** Tickets in a map; "locking" is finding. */
    static final class Tickets extends TicketRepository {
        final Map<String, Ticket> byOrderId = new HashMap<>();

        @Override
        public Optional<Ticket> lock(String orderId) {
            return Optional.ofNullable(byOrderId.get(orderId));
        }

        @Override
        public void add(Ticket ticket) {
            byOrderId.put(ticket.getOrderId(), ticket);
        }
    }

    static final class Catalog extends CatalogRepository {
        final Map<Long, Store> stores = new HashMap<>();

        @Override
        public Optional<Store> store(long storeId) {
            return Optional.ofNullable(stores.get(storeId));
        }
    }

    /** Portions per dish that can still be promised; records what moved. */
    static final class Stock extends StockReservations {
        final Map<Long, Integer> available = new HashMap<>();
        final List<String> moves = new ArrayList<>();

        @Override
        public boolean reserve(long storeId, List<TicketLine> lines) {
            return replace(storeId, List.of(), lines);
        }

        @Override
        public void release(long storeId, List<TicketLine> lines) {
            replace(storeId, lines, List.of());
        }

        @Override
        public boolean replace(long storeId, List<TicketLine> from, List<TicketLine> to) {
            Map<Long, Integer> after = new HashMap<>(available);
            from.forEach(line -> after.merge(line.getMenuId(), line.getQuantity(), Integer::sum));
            to.forEach(line -> after.merge(line.getMenuId(), -line.getQuantity(), Integer::sum));
            if (after.values().stream().anyMatch(n -> n < 0)) {
                return false;
            }
            available.clear();
            available.putAll(after);
            moves.add("store " + storeId + ": " + describe(from) + " -> " + describe(to));
            return true;
        }

        @Override
        public void consume(long storeId, List<TicketLine> lines) {
            moves.add("store " + storeId + ": consumed " + describe(lines));
        }

        private static String describe(List<TicketLine> lines) {
            return lines.stream().map(l -> l.getQuantity() + "x" + l.getMenuId()).toList().toString();
        }
    }

    /** What the kitchen announced, one line per announcement. */
    static final class Events implements KitchenEvents {
        final List<String> announced = new ArrayList<>();

        @Override
        public void ticketCreated(Ticket ticket, Store store) {
            announced.add("TicketCreated " + ticket.getOrderId() + " " + store.getName());
        }

        @Override
        public void ticketRejected(String orderId, String reason) {
            announced.add("TicketRejected " + orderId + " " + reason);
        }

        @Override
        public void ticketCancelled(String orderId) {
            announced.add("TicketCancelled " + orderId);
        }

        @Override
        public void cancellationRefused(String orderId, String reason) {
            announced.add("TicketCancellationRefused " + orderId + " " + reason);
        }

        @Override
        public void ticketChanged(String orderId, int changeNumber) {
            announced.add("TicketChanged " + orderId + " " + changeNumber);
        }

        @Override
        public void changeRefused(String orderId, int changeNumber, String reason) {
            announced.add("TicketChangeRefused " + orderId + " " + changeNumber + " " + reason);
        }

        @Override
        public void ticketAccepted(String orderId) {
            announced.add("TicketAccepted " + orderId);
        }

        @Override
        public void cookingStarted(String orderId) {
            announced.add("CookingStarted " + orderId);
        }

        @Override
        public void cookingFinished(Ticket ticket, Store store) {
            announced.add("CookingFinished " + ticket.getOrderId() + " " + store.getName());
        }

        @Override
        public void thankYouSent(Ticket ticket, Store store, String message) {
            announced.add("ThankYouSent " + ticket.getOrderId() + " " + message);
        }
    }
}
