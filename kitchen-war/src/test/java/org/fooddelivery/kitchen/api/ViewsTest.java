package org.fooddelivery.kitchen.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.fooddelivery.kitchen.domain.MenuItem;
import org.fooddelivery.kitchen.domain.Store;
import org.fooddelivery.kitchen.domain.Ticket;
import org.fooddelivery.kitchen.domain.TicketLine;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The kitchen's views as JSON: the field names and values clients read (contract §1). */
class ViewsTest {

    private static String json(Object view) throws Exception {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.toJson(view);
        }
    }

    @Test
    void aTicketShowsItsLinesStatusAndTimes() throws Exception {
        Instant at = Instant.parse("2026-11-30T12:00:00Z");
        Ticket ticket = Ticket.received("o-1", 1, "customer1", List.of(new TicketLine(11, "Fried chicken", 2)),
                "gangnam", "Teheran-ro 1", 37.5, 127.0, at);

        assertEquals("{\"area\":\"gangnam\",\"items\":[{\"menuId\":11,\"name\":\"Fried chicken\",\"quantity\":2}],"
                + "\"orderId\":\"o-1\",\"receivedAt\":\"2026-11-30T12:00:00Z\",\"status\":\"RECEIVED\",\"storeId\":1,"
                + "\"updatedAt\":\"2026-11-30T12:00:00Z\"}", json(TicketView.of(ticket)));
    }

    @Test
    void aDishShowsWhatCanStillBeOrderedAsStock() throws Exception {
        MenuItem item = new MenuItem(11, 1, "Fried chicken", 18000, 40);

        assertEquals("{\"id\":11,\"name\":\"Fried chicken\",\"onHand\":40,\"price\":18000,\"reserved\":0,"
                + "\"shortfall\":0,\"stock\":40}", json(MenuItemView.of(item)));
    }

    @Test
    void aStoreShowsTheThanksItSends() throws Exception {
        Store store = new Store(1, "Chicken Place", "gangnam", "owner1", 37.5, 127.0);

        assertEquals("{\"area\":\"gangnam\",\"id\":1,\"lat\":37.5,\"lng\":127.0,\"name\":\"Chicken Place\","
                + "\"ownerId\":\"owner1\",\"thankYouMessage\":\"Thanks\"}", json(StoreView.of(store, "Thanks")));
    }
}
