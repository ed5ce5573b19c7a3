package org.fooddelivery.kitchen.application;

import org.fooddelivery.kitchen.domain.IllegalTicketTransition;
import org.fooddelivery.kitchen.domain.Store;
import org.fooddelivery.kitchen.domain.Ticket;
import org.fooddelivery.kitchen.domain.TicketLine;
import org.fooddelivery.kitchen.domain.TicketStatus;
import org.fooddelivery.platform.application.NoSuchResourceException;
import org.fooddelivery.platform.application.NotYoursException;
import org.fooddelivery.platform.application.StateConflictException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The store owner's commands (KitchenTickets, ThankYouNotes) against fakes: what they announce,
 * and refusals the platform maps to 404, 403 and 409 with these very details.
 */
class OwnerCommandsTest {

    private final KitchenFakes.Tickets tickets = new KitchenFakes.Tickets();
    private final KitchenFakes.Catalog catalog = new KitchenFakes.Catalog();
    private final KitchenFakes.Stock stock = new KitchenFakes.Stock();
    private final KitchenFakes.Events events = new KitchenFakes.Events();
    private final KitchenTickets kitchen = new KitchenTickets();
    private final ThankYouNotes thanks = new ThankYouNotes();

    @BeforeEach
    void wire() {
        catalog.stores.put(1L, new Store(1, "Chicken Place", "gangnam", "owner1", 37.5, 127.0));
        stock.available.put(11L, 3);
        tickets.add(Ticket.received("o-1", 1, "customer1", List.of(new TicketLine(11, "Fried chicken", 2)),
                "gangnam", "Teheran-ro 1", 37.5, 127.0, Instant.now()));
        kitchen.tickets = tickets;
        kitchen.catalog = catalog;
        kitchen.stock = stock;
        kitchen.events = events;
        thanks.tickets = tickets;
        thanks.catalog = catalog;
        thanks.events = events;
        thanks.gracePeriod = Duration.ofMinutes(2);
        thanks.defaultMessage = "Thank you for ordering from {store}!";
    }

    @Test
    void theOwnerCooksAnOrderThroughToReady() {
        kitchen.accept("owner1", "o-1");
        kitchen.start("owner1", "o-1");
        kitchen.finish("owner1", "o-1");

        assertEquals(TicketStatus.READY, tickets.byOrderId.get("o-1").getStatus());
        assertEquals(List.of("TicketAccepted o-1", "CookingStarted o-1", "CookingFinished o-1 Chicken Place"),
                events.announced);
        assertEquals(List.of("store 1: consumed [2x11]"), stock.moves, "cooking consumes the reservation");
    }

    @Test
    void aRejectionReleasesTheStockAndIsAnnouncedWithTheOwnersReason() {
        kitchen.reject("owner1", "o-1", "too busy");

        assertEquals(List.of("TicketRejected o-1 too busy"), events.announced);
        assertEquals(5, stock.available.get(11L));
    }

    @Test
    void anUnansweredTicketIsRejectedAsStoreTimeoutOnlyPastTheCutoff() {
        assertFalse(kitchen.rejectIfStillUnanswered("o-1", Instant.now().minusSeconds(60)));
        assertTrue(kitchen.rejectIfStillUnanswered("o-1", Instant.now().plusSeconds(1)));
        assertEquals(List.of("TicketRejected o-1 STORE_TIMEOUT"), events.announced);
    }

    @Test
    void refusalsNameTheSituationWithTheDetailClientsRead() {
        NoSuchResourceException missing = assertThrows(NoSuchResourceException.class, () -> kitchen.accept("owner1", "o-9"));
        assertEquals("no ticket for order o-9", missing.getMessage());
        NotYoursException foreign = assertThrows(NotYoursException.class, () -> kitchen.accept("owner2", "o-1"));
        assertEquals("order o-1 is not for one of your stores", foreign.getMessage());
        StateConflictException early = assertThrows(IllegalTicketTransition.class, () -> kitchen.start("owner1", "o-1"));
        assertEquals("cannot start cooking ticket o-1: it is RECEIVED", early.getMessage());
        assertEquals(List.of(), events.announced, "a refused command announces nothing");
    }

    @Test
    void thanksGoOutOnceAfterCompletionInTheOwnersWordsOrTheDefault() {
        StateConflictException early = assertThrows(StateConflictException.class,
                () -> thanks.thankInOwnWords("owner1", "o-1", "Thanks!"));
        assertEquals("order o-1 is not completed yet; thank the customer afterwards", early.getMessage());

        thanks.onOrderCompleted("o-1");
        assertFalse(thanks.sendDefaultIfDue("o-1"), "the owner has the grace period first");
        thanks.thankInOwnWords("owner1", "o-1", "Thanks!");
        assertThrows(StateConflictException.class, () -> thanks.thankInOwnWords("owner1", "o-1", "Again"));
        assertEquals(List.of("ThankYouSent o-1 Thanks!"), events.announced);
    }

    @Test
    void theDefaultThanksNameTheStoreUntilTheOwnerWritesTheirOwn() {
        Store store = catalog.stores.get(1L);
        assertEquals("Thank you for ordering from Chicken Place!", thanks.messageOf(store));
        store.setThankYouMessage("Come again");
        assertEquals("Come again", thanks.messageOf(store));
    }

    @Test
    void theConfiguredDefaultThanksKeepTheirKoreanAndNameTheStore() throws Exception {
        Properties config = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/microprofile-config.properties")) {
            config.load(in);
        }
        thanks.defaultMessage = config.getProperty("kitchen.thanks.default-message");

        assertEquals("Thank you for ordering from Chicken Place! Enjoy your meal. / 주문해 주셔서 감사합니다!",
                thanks.messageOf(catalog.stores.get(1L)));
    }
}
