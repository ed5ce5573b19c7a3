package org.fooddelivery.kitchen.application;

import org.fooddelivery.events.order.DeliveryAddress;
import org.fooddelivery.events.order.OrderChangeRequested;
import org.fooddelivery.events.order.OrderLineItem;
import org.fooddelivery.events.order.OrderPlaced;
import org.fooddelivery.kitchen.domain.Store;
import org.fooddelivery.kitchen.domain.Ticket;
import org.fooddelivery.kitchen.domain.TicketStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kitchen's use cases for the order service's events (ReceiveOrder, CancelOrder, ChangeOrder,
 * CloseRejectedOrder) against fakes: what each announces and what stock it moves.
 */
class OrderRequestsTest {

    private static final long STORE = 1;
    private static final long CHICKEN = 11;
    private static final long FRIES = 12;

    private final KitchenFakes.Tickets tickets = new KitchenFakes.Tickets();
    private final KitchenFakes.Catalog catalog = new KitchenFakes.Catalog();
    private final KitchenFakes.Stock stock = new KitchenFakes.Stock();
    private final KitchenFakes.Events events = new KitchenFakes.Events();

    private final ReceiveOrder receive = new ReceiveOrder();
    private final CancelOrder cancel = new CancelOrder();
    private final ChangeOrder change = new ChangeOrder();
    private final CloseRejectedOrder close = new CloseRejectedOrder();

    @BeforeEach
    void wire() {
        catalog.stores.put(STORE, new Store(STORE, "Chicken Place", "gangnam", "owner1", 37.5, 127.0));
        stock.available.put(CHICKEN, 5);
        stock.available.put(FRIES, 1);
        receive.tickets = tickets;
        receive.catalog = catalog;
        receive.stock = stock;
        receive.events = events;
        cancel.tickets = tickets;
        cancel.stock = stock;
        cancel.events = events;
        change.tickets = tickets;
        change.stock = stock;
        change.events = events;
        close.tickets = tickets;
        close.stock = stock;
    }

    private static OrderPlaced placed(String orderId, long storeId, int chicken) {
        return new OrderPlaced(orderId, "customer1", storeId, List.of(new OrderLineItem(CHICKEN, "Fried chicken", chicken, 18000)),
                18000L * chicken, new DeliveryAddress("gangnam", "Teheran-ro 1", 37.5, 127.0), "p-1");
    }

    private Ticket ticket(String orderId) {
        return tickets.byOrderId.get(orderId);
    }

    @Test
    void aPlacedOrderGetsATicketWithItsStockReserved() {
        receive.placed(placed("o-1", STORE, 2));

        assertEquals(TicketStatus.RECEIVED, ticket("o-1").getStatus());
        assertEquals(3, stock.available.get(CHICKEN));
        assertEquals(List.of("TicketCreated o-1 Chicken Place"), events.announced);
    }

    @Test
    void anOrderTheShelfCannotServeIsRejectedAtOnceReservingNothing() {
        receive.placed(placed("o-1", STORE, 6));

        assertEquals(TicketStatus.REJECTED, ticket("o-1").getStatus());
        assertEquals(5, stock.available.get(CHICKEN));
        assertEquals(List.of("TicketRejected o-1 OUT_OF_STOCK"), events.announced);
    }

    @Test
    void anOrderForAnUnknownStoreIsRejectedAsOutOfStock() {
        receive.placed(placed("o-1", 99, 1));

        assertEquals(List.of("TicketRejected o-1 OUT_OF_STOCK"), events.announced);
        assertTrue(stock.moves.isEmpty());
    }

    @Test
    void anOrderDeliveredTwiceOrAfterItsCancellationCreatesNothing() {
        cancel.requested("o-1");
        receive.placed(placed("o-1", STORE, 2));

        assertEquals(TicketStatus.CANCELLED, ticket("o-1").getStatus());
        assertEquals(List.of("TicketCancelled o-1"), events.announced, "the late order is not announced");
        assertEquals(5, stock.available.get(CHICKEN), "and reserves nothing");
    }

    @Test
    void aCancellationBeforeCookingReleasesTheStockOnce() {
        receive.placed(placed("o-1", STORE, 2));
        cancel.requested("o-1");
        cancel.requested("o-1");

        assertEquals(TicketStatus.CANCELLED, ticket("o-1").getStatus());
        assertEquals(5, stock.available.get(CHICKEN), "released once, not twice");
        assertEquals(List.of("TicketCreated o-1 Chicken Place", "TicketCancelled o-1", "TicketCancelled o-1"),
                events.announced, "a repeated request is answered again");
    }

    @Test
    void aCancellationAfterCookingStartedIsRefused() {
        receive.placed(placed("o-1", STORE, 2));
        ticket("o-1").accept(Instant.now());
        ticket("o-1").startCooking(Instant.now());
        events.announced.clear();

        cancel.requested("o-1");

        assertEquals(TicketStatus.COOKING, ticket("o-1").getStatus());
        assertEquals(List.of("TicketCancellationRefused o-1 COOKING_STARTED"), events.announced);
    }

    @Test
    void aCancellationOfAnOrderTheStoreRejectedIsRefusedAsClosed() {
        receive.placed(placed("o-1", STORE, 6));
        events.announced.clear();

        cancel.requested("o-1");

        assertEquals(List.of("TicketCancellationRefused o-1 ORDER_CLOSED"), events.announced);
    }

    @Test
    void aChangeBeforeCookingSwapsTheReservation() {
        receive.placed(placed("o-1", STORE, 2));
        events.announced.clear();

        change.requested(new OrderChangeRequested("o-1", 1, List.of(new OrderLineItem(CHICKEN, "Fried chicken", 1, 18000),
                new OrderLineItem(FRIES, "Fries", 1, 3000)), 21000));

        assertEquals(List.of("TicketChanged o-1 1"), events.announced);
        assertEquals(4, stock.available.get(CHICKEN));
        assertEquals(0, stock.available.get(FRIES));
        assertEquals(2, ticket("o-1").getLines().size());
    }

    @Test
    void aChangeTheShelfCannotServeIsRefusedAndKeepsTheOldLines() {
        receive.placed(placed("o-1", STORE, 2));
        events.announced.clear();

        change.requested(new OrderChangeRequested("o-1", 1, List.of(new OrderLineItem(FRIES, "Fries", 2, 3000)), 6000));

        assertEquals(List.of("TicketChangeRefused o-1 1 OUT_OF_STOCK"), events.announced);
        assertEquals(CHICKEN, ticket("o-1").getLines().get(0).getMenuId());
        assertEquals(3, stock.available.get(CHICKEN));
        assertEquals(0, ticket("o-1").getChangeNumber());
    }

    @Test
    void aChangeAfterCookingStartedIsRefusedAndAnOutdatedOneIsNotAnswered() {
        receive.placed(placed("o-1", STORE, 2));
        change.requested(new OrderChangeRequested("o-1", 2, List.of(new OrderLineItem(CHICKEN, "Fried chicken", 1, 18000)), 18000));
        events.announced.clear();

        change.requested(new OrderChangeRequested("o-1", 1, List.of(new OrderLineItem(CHICKEN, "Fried chicken", 3, 18000)), 54000));
        assertEquals(List.of(), events.announced, "change 1 arrived after change 2: ignored");

        ticket("o-1").accept(Instant.now());
        ticket("o-1").startCooking(Instant.now());
        change.requested(new OrderChangeRequested("o-1", 3, List.of(new OrderLineItem(CHICKEN, "Fried chicken", 3, 18000)), 54000));
        assertEquals(List.of("TicketChangeRefused o-1 3 COOKING_STARTED"), events.announced);
    }

    @Test
    void aChangeForAnOrderTheKitchenNeverSawIsRefusedAsNoTicket() {
        change.requested(new OrderChangeRequested("o-9", 1, List.of(), 0));

        assertEquals(List.of("TicketChangeRefused o-9 1 NO_TICKET"), events.announced);
    }

    @Test
    void anOrderEndedByTheOrderServiceClosesItsTicketAndGivesTheStockBack() {
        receive.placed(placed("o-1", STORE, 2));
        close.rejected("o-1", "PAYMENT_VOIDED");
        close.rejected("o-1", "PAYMENT_VOIDED");

        assertEquals(TicketStatus.CANCELLED, ticket("o-1").getStatus());
        assertEquals("PAYMENT_VOIDED", ticket("o-1").getReason());
        assertEquals(5, stock.available.get(CHICKEN), "released once");

        close.rejected("o-2", "PAYMENT_VOIDED");
        receive.placed(placed("o-2", STORE, 2));
        assertEquals(TicketStatus.CANCELLED, ticket("o-2").getStatus(), "the late order finds a closed placeholder");
        assertEquals(5, stock.available.get(CHICKEN));
    }
}
