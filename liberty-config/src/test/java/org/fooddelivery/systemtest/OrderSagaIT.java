package org.fooddelivery.systemtest;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.fooddelivery.systemtest.FoodApi.get;
import static org.fooddelivery.systemtest.FoodApi.post;
import static org.fooddelivery.systemtest.FoodApi.put;
import static org.fooddelivery.systemtest.ProblemAssertions.assertProblem;
import static org.fooddelivery.systemtest.Saga.awaitOrder;
import static org.fooddelivery.systemtest.Saga.awaitPayment;
import static org.fooddelivery.systemtest.Saga.awaitStatus;
import static org.fooddelivery.systemtest.Saga.awaitTicket;
import static org.fooddelivery.systemtest.Saga.cook;
import static org.fooddelivery.systemtest.Saga.order;
import static org.fooddelivery.systemtest.Saga.payment;
import static org.fooddelivery.systemtest.Saga.place;
import static org.fooddelivery.systemtest.Saga.setStock;
import static org.fooddelivery.systemtest.Saga.stock;
import static org.fooddelivery.systemtest.Saga.ticketCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lifecycle of contract §3 across the five WARs on the real server: kitchen, delivery,
 * completion, and every compensation (reject, out of stock, cancel, change).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrderSagaIT {

    // Store 2 (mapo, owner2): 21 Tteokbokki 5000, 22 Gimbap 4000, 23 Fish cake soup 3000.
    private static final long STORE = 2;

    @Deployment(testable = false)
    static WebArchive probe() {
        return Probe.empty("order-saga-probe");
    }

    @AfterEach
    void closeWhatWasLeftOpen() {
        Saga.closeLeftovers();
    }

    @BeforeEach
    void stockUp() {
        setStock("owner2", STORE, 21, 500);
        setStock("owner2", STORE, 22, 500);
        setStock("owner2", STORE, 23, 500);
    }

    @Test
    void happyPathFromPlacedToCompletedWithPaymentSettled() {
        String id = place("customer2", STORE, 21, 2);
        awaitTicket("owner2", id, "RECEIVED");
        assertEquals(200, ticketCommand("owner2", id, "accept").status());
        awaitStatus("customer2", id, "ACCEPTED");
        assertEquals(200, ticketCommand("owner2", id, "start").status());
        awaitStatus("customer2", id, "COOKING");
        assertEquals(200, ticketCommand("owner2", id, "finish").status());
        awaitStatus("customer2", id, "READY");

        JsonObject offered = Saga.await(() -> get("rider3", "/delivery/deliveries?area=gangnam").array().stream()
                .map(JsonValue::asJsonObject).filter(d -> id.equals(d.getString("orderId"))).findFirst(),
                "the delivery to be offered in the customer's area");
        assertEquals("READY_FOR_PICKUP", offered.getString("status"));
        assertEquals("Mapo Tteokbokki", offered.getString("storeName"));

        FoodApi.Reply pickup = post("rider1", "/delivery/deliveries/" + id + "/pickup", "{}");
        assertEquals(200, pickup.status(), pickup::toString);
        assertEquals("rider1", pickup.json().getString("riderId"));
        awaitStatus("customer2", id, "PICKED_UP");
        assertEquals("rider1", get("customer2", "/delivery/deliveries/" + id).json().getString("riderId"));

        FoodApi.Reply confirmed = post("customer2", "/orders/" + id + "/confirm-delivery", "{}");
        assertEquals(200, confirmed.status(), confirmed::toString);
        assertEquals("COMPLETED", confirmed.json().getString("status"));
        JsonObject settled = awaitPayment("customer2", id, "SETTLED");
        assertEquals(10000, settled.getJsonNumber("amount").longValue());
        assertEquals(0, settled.getJsonNumber("refundedAmount").longValue());
        Saga.await(() -> java.util.Optional.of(get("customer2", "/delivery/deliveries/" + id).json())
                .filter(d -> "DELIVERED".equals(d.getString("status"))), "delivery to be DELIVERED");
    }

    @Test
    void ownersRejectionRefundsAndReleasesStock() {
        int before = stock(STORE, 22);
        String id = place("customer2", STORE, 22, 3);
        awaitTicket("owner2", id, "RECEIVED");
        assertEquals(before - 3, stock(STORE, 22), "reserved when the ticket was created");

        FoodApi.Reply rejected = post("owner2", "/kitchen/tickets/" + id + "/reject", "{\"reason\": \"closing early\"}");
        assertEquals(200, rejected.status(), rejected::toString);

        JsonObject order = awaitStatus("customer2", id, "REJECTED");
        assertEquals("closing early", order.getString("reason"));
        JsonObject refunded = awaitPayment("customer2", id, "REFUNDED");
        assertEquals(refunded.getJsonNumber("amount").longValue(), refunded.getJsonNumber("refundedAmount").longValue());
        assertEquals(before, stock(STORE, 22), "stock released");
        assertProblem(409, ticketCommand("owner2", id, "accept"));
        assertProblem(400, post("owner2", "/kitchen/tickets/" + id + "/reject", "{\"reason\": \" \"}"));
    }

    @Test
    void shortStockRejectsAtOnceAndRefunds() {
        setStock("owner2", STORE, 23, 2);

        String id = place("customer2", STORE, 23, 3);

        JsonObject order = awaitStatus("customer2", id, "REJECTED");
        assertEquals("OUT_OF_STOCK", order.getString("reason"));
        JsonObject refunded = awaitPayment("customer2", id, "REFUNDED");
        assertEquals(9000, refunded.getJsonNumber("amount").longValue());
        assertEquals(9000, refunded.getJsonNumber("refundedAmount").longValue(), "refunded in full");
        assertEquals(2, stock(STORE, 23), "nothing reserved");
    }

    @Test
    void cancelBeforeCookingRefundsAndReleasesStock() {
        int before = stock(STORE, 21);
        String id = place("customer2", STORE, 21, 4);
        awaitTicket("owner2", id, "RECEIVED");
        assertEquals(200, ticketCommand("owner2", id, "accept").status());
        awaitStatus("customer2", id, "ACCEPTED");

        FoodApi.Reply cancel = post("customer2", "/orders/" + id + "/cancel", "{}");
        assertEquals(202, cancel.status(), cancel::toString);
        assertEquals("CANCEL_REQUESTED", cancel.json().getString("status"));

        awaitStatus("customer2", id, "CANCELLED");
        awaitTicket("owner2", id, "CANCELLED");
        JsonObject refunded = awaitPayment("customer2", id, "REFUNDED");
        assertEquals(20000, refunded.getJsonNumber("refundedAmount").longValue(), "refunded in full");
        assertEquals(before, stock(STORE, 21));
        assertEquals(200, post("customer2", "/orders/" + id + "/cancel", "{}").status(), "cancelling again: already so");
        assertProblem(409, ticketCommand("owner2", id, "start"));
    }

    @Test
    void cancelAfterCookingStartedIs409AndChangesNothing() {
        String id = place("customer2", STORE, 21, 1);
        awaitTicket("owner2", id, "RECEIVED");
        ticketCommand("owner2", id, "accept");
        ticketCommand("owner2", id, "start");
        awaitStatus("customer2", id, "COOKING");

        assertProblem(409, post("customer2", "/orders/" + id + "/cancel", "{}"));

        assertEquals("COOKING", order("customer2", id).getString("status"));
        assertEquals("APPROVED", payment("customer2", id).getString("status"));
    }

    @Test
    void changeRepricesReservesStockAndAdjustsPayment() {
        int gimbapBefore = stock(STORE, 22);
        int soupBefore = stock(STORE, 23);
        String id = place("customer2", STORE, 22, 1); // 4000
        awaitTicket("owner2", id, "RECEIVED");

        FoodApi.Reply more = put("customer2", "/orders/" + id + "/items",
                "{\"items\": [{\"menuId\": 22, \"quantity\": 2}, {\"menuId\": 23, \"quantity\": 1}]}");
        assertEquals(202, more.status(), more::toString);
        assertEquals("CHANGE_REQUESTED", more.json().getString("status"));
        JsonObject changed = awaitOrder("customer2", id, o -> o.getJsonNumber("totalAmount").longValue() == 11000,
                "to cost 2×4000 + 3000");
        assertEquals("PLACED", changed.getString("status"));
        assertEquals(2, changed.getJsonArray("items").size());
        JsonObject charged = Saga.await(() -> java.util.Optional.of(payment("customer2", id))
                .filter(p -> p.getJsonNumber("amount").longValue() - p.getJsonNumber("refundedAmount").longValue() == 11000),
                "payment to be adjusted to 11000");
        assertEquals("APPROVED", charged.getString("status"), "an extra charge, nothing refunded");
        assertEquals(gimbapBefore - 2, stock(STORE, 22));
        assertEquals(soupBefore - 1, stock(STORE, 23));

        assertEquals(202, put("customer2", "/orders/" + id + "/items", "{\"items\": [{\"menuId\": 23, \"quantity\": 1}]}").status());
        awaitOrder("customer2", id, o -> o.getJsonNumber("totalAmount").longValue() == 3000, "to cost 3000");
        JsonObject partlyRefunded = awaitPayment("customer2", id, "PARTIALLY_REFUNDED");
        assertEquals(3000, partlyRefunded.getJsonNumber("amount").longValue()
                - partlyRefunded.getJsonNumber("refundedAmount").longValue(), "net charge equals the new total");
        assertEquals(gimbapBefore, stock(STORE, 22));
        assertEquals(soupBefore - 1, stock(STORE, 23));
    }

    @Test
    void changeThatCannotBeHonouredLeavesTheOrderAsItWas() {
        String id = place("customer2", STORE, 21, 1);
        awaitTicket("owner2", id, "RECEIVED");
        setStock("owner2", STORE, 22, 1);

        assertEquals(202, put("customer2", "/orders/" + id + "/items", "{\"items\": [{\"menuId\": 22, \"quantity\": 5}]}").status());

        JsonObject order = awaitOrder("customer2", id, o -> o.containsKey("request")
                && "REFUSED".equals(o.getJsonObject("request").getString("outcome")), "change to be refused");
        assertEquals("OUT_OF_STOCK", order.getJsonObject("request").getString("reason"));
        assertEquals("PLACED", order.getString("status"));
        assertEquals(5000, order.getJsonNumber("totalAmount").longValue());
        assertEquals(21, order.getJsonArray("items").getJsonObject(0).getInt("menuId"));
        assertEquals(1, stock(STORE, 22));
        JsonObject paid = payment("customer2", id);
        assertEquals(5000, paid.getJsonNumber("amount").longValue());
        assertEquals("APPROVED", paid.getString("status"));
    }

    @Test
    void changeAfterCookingStartedIs409WithNothingChanged() {
        String id = place("customer2", STORE, 21, 2);
        awaitTicket("owner2", id, "RECEIVED");
        ticketCommand("owner2", id, "accept");
        ticketCommand("owner2", id, "start");
        awaitStatus("customer2", id, "COOKING");
        int stockBefore = stock(STORE, 22);

        assertProblem(409, put("customer2", "/orders/" + id + "/items", "{\"items\": [{\"menuId\": 22, \"quantity\": 1}]}"));

        JsonObject order = order("customer2", id);
        assertEquals(10000, order.getJsonNumber("totalAmount").longValue());
        assertEquals(21, order.getJsonArray("items").getJsonObject(0).getInt("menuId"));
        assertEquals(stockBefore, stock(STORE, 22));
        assertEquals(10000, payment("customer2", id).getJsonNumber("amount").longValue());
    }

    @Test
    void twoRidersRacingOneWins() throws Exception {
        String id = place("customer2", STORE, 22, 1);
        cook("owner2", id);
        Saga.await(() -> get("rider1", "/delivery/deliveries?area=gangnam").array().stream()
                .map(JsonValue::asJsonObject).filter(d -> id.equals(d.getString("orderId"))).findFirst(), "delivery offered");

        ExecutorService pool = Executors.newFixedThreadPool(2);
        String winner;
        try {
            Callable<Integer> rider1 = () -> post("rider1", "/delivery/deliveries/" + id + "/pickup", "{}").status();
            Callable<Integer> rider3 = () -> post("rider3", "/delivery/deliveries/" + id + "/pickup", "{}").status();
            List<Future<Integer>> answers = pool.invokeAll(List.of(rider1, rider3));
            List<Integer> statuses = List.of(answers.get(0).get(), answers.get(1).get());
            assertTrue(statuses.contains(200) && statuses.contains(409), "one 200 and one 409: " + statuses);
            winner = statuses.get(0) == 200 ? "rider1" : "rider3";
        } finally {
            pool.shutdown();
        }
        awaitStatus("customer2", id, "PICKED_UP");
        assertEquals(winner, get("customer2", "/delivery/deliveries/" + id).json().getString("riderId"), "the winner recorded");
        String won = winner;
        Saga.await(() -> java.util.Optional.of(get("customer2", "/orders/" + id + "/tracking").json())
                .filter(t -> won.equals(t.getString("riderId", null))), "the tracking view to name the winner");
        assertProblem(409, post("rider1", "/delivery/deliveries/" + id + "/pickup", "{}"));
    }

    @Test
    void ridersSeeDeliveriesOfTheirAreaWithinTheRadius() {
        String id = place("customer2", STORE, 23, 1); // address: gangnam, 37.498 / 127.027
        cook("owner2", id);
        Saga.await(() -> get("rider1", "/delivery/deliveries?area=gangnam").array().stream()
                .map(JsonValue::asJsonObject).filter(d -> id.equals(d.getString("orderId"))).findFirst(), "delivery offered");

        assertTrue(offered("/delivery/deliveries?area=gangnam&lat=37.5&lng=127.03&radiusKm=1", id), "300 m away");
        assertFalse(offered("/delivery/deliveries?area=gangnam&lat=37.5663&lng=126.9779&radiusKm=5", id), "9 km away");
        assertFalse(get("rider2", "/delivery/deliveries?area=mapo").array().stream()
                .anyMatch(d -> id.equals(d.asJsonObject().getString("orderId"))), "another area");
        assertProblem(400, get("rider1", "/delivery/deliveries"));
        assertProblem(400, get("rider1", "/delivery/deliveries?area=gangnam&lat=37.5"));
        assertProblem(403, get("customer1", "/delivery/deliveries/" + id));
        assertProblem(403, get("customer2", "/delivery/deliveries?area=gangnam"));
    }

    @Test
    void onlyTheStoresOwnerWorksItsTickets() {
        String id = place("customer2", STORE, 21, 1);
        awaitTicket("owner2", id, "RECEIVED");

        assertProblem(403, ticketCommand("owner1", id, "accept"));
        assertProblem(403, ticketCommand("customer2", id, "accept"));
        assertProblem(404, ticketCommand("owner2", "no-such-order", "accept"));
        assertProblem(409, ticketCommand("owner2", id, "start"));
        assertProblem(400, get("owner2", "/kitchen/tickets?status=BOILING"));
        assertTrue(get("owner1", "/kitchen/tickets").array().stream()
                .noneMatch(t -> id.equals(t.asJsonObject().getString("orderId"))), "owner1 does not see store 2's tickets");
        assertProblem(409, post("customer2", "/orders/" + id + "/confirm-delivery", "{}"));
        assertEquals(200, ticketCommand("owner2", id, "accept").status());
    }

    private static boolean offered(String query, String orderId) {
        FoodApi.Reply reply = get("rider1", query);
        assertEquals(200, reply.status(), reply::toString);
        return reply.array().stream().anyMatch(d -> orderId.equals(d.asJsonObject().getString("orderId")));
    }
}
