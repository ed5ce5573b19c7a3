package org.fooddelivery.systemtest;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.fooddelivery.systemtest.FoodApi.put;
import static org.fooddelivery.systemtest.Saga.awaitOrder;
import static org.fooddelivery.systemtest.Saga.awaitTicket;
import static org.fooddelivery.systemtest.Saga.payment;
import static org.fooddelivery.systemtest.Saga.setStock;
import static org.fooddelivery.systemtest.Saga.stock;
import static org.fooddelivery.systemtest.Saga.ticketCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * F13 under contention: the customer's change (one portion → two) and the owner's start fired
 * together. The kitchen applies whichever comes first, and every service must agree on what is
 * cooked: either the change landed before cooking (two portions on the ticket, the order re-priced,
 * the payment adjusted up) or the kitchen refused it (one portion everywhere, the charge as it
 * was). Never a ticket cooking one thing while the customer pays for another.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChangeStartRaceIT {

    private static final int ROUNDS = 8;
    private static final long STORE = 1;
    private static final long DISH = 14; // Cola 1.25L, 2500; no other test counts its stock
    private static final long PRICE = 2500;

    @Deployment(testable = false)
    static WebArchive probe() {
        return Probe.empty("change-start-race-probe");
    }

    @AfterEach
    void closeWhatWasLeftOpen() {
        Saga.closeLeftovers();
    }

    @Test
    void changeRacingCookingStartCooksExactlyWhatTheCustomerPaysFor() throws Exception {
        setStock("owner1", STORE, DISH, 1000);
        int stockBefore = stock(STORE, DISH);
        int[] portionsCooked = new int[1];
        int[] wins = new int[2]; // changed, refused
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                int portions = race(pool, (round % 4) * 250L);
                wins[portions == 2 ? 0 : 1]++;
                portionsCooked[0] += portions;
            }
            System.out.printf("change/start race: %d rounds, change won %d, start won %d%n", ROUNDS, wins[0], wins[1]);
            // As in CancelStartRaceIT: if timing on busy cores kept one side from ever winning,
            // one round ordered so that it wins, so both paths are checked end to end.
            if (wins[0] == 0) {
                portionsCooked[0] += race(pool, StartRace.CUSTOMER_FIRST);
                wins[0]++;
            }
            if (wins[1] == 0) {
                portionsCooked[0] += race(pool, StartRace.START_FIRST);
                wins[1]++;
            }
        } finally {
            pool.shutdown();
        }
        int cooked = portionsCooked[0];
        Saga.await(() -> Optional.of(stock(STORE, DISH)).filter(s -> s == stockBefore - cooked),
                "stock to be down by exactly the portions cooked (" + cooked + ")");
    }

    /** One order, its change and its start fired together; @return the portions cooked. */
    private static int race(ExecutorService pool, long startDelayMs) throws Exception {
        String id = StartRace.acceptedOrder("customer1", "owner1", STORE, DISH);
        StartRace.Answers answers = StartRace.fire(pool, "owner1", id, startDelayMs,
                () -> put("customer1", "/orders/" + id + "/items",
                        "{\"items\": [{\"menuId\": " + DISH + ", \"quantity\": 2}]}").status(),
                () -> awaitOrder("customer1", id, o -> o.getJsonNumber("totalAmount").longValue() == 2 * PRICE,
                        "the change to apply first"));
        int changeStatus = answers.customer();
        int startStatus = answers.start();
        assertTrue(changeStatus == 202 || changeStatus == 409, "change answered " + changeStatus);

        // Cooking may wait for the kitchen's answer to the change: start once more if it was refused.
        if (startStatus != 200) {
            assertEquals(409, startStatus, "start refused only while the change is decided");
            awaitOrder("customer1", id, o -> !"CHANGE_REQUESTED".equals(o.getString("status")), "the change decided");
            assertEquals(200, ticketCommand("owner1", id, "start").status(), "start once the change is decided");
        }
        JsonObject order = awaitOrder("customer1", id, o -> "COOKING".equals(o.getString("status"))
                && (o.getJsonObject("request") == null || !"PENDING".equals(o.getJsonObject("request").getString("outcome"))),
                "cooking, with the change decided");
        int ordered = order.getJsonArray("items").getJsonObject(0).getInt("quantity");
        JsonObject ticket = awaitTicket("owner1", id, "COOKING");
        assertEquals(ordered, ticket.getJsonArray("items").getJsonObject(0).getInt("quantity"),
                "the kitchen cooks what the order says: " + order + " / " + ticket);
        assertEquals(ordered * PRICE, order.getJsonNumber("totalAmount").longValue(), "priced as ordered");
        long total = ordered * PRICE;
        Saga.await(() -> Optional.of(payment("customer1", id)).filter(p -> p.getJsonNumber("amount").longValue()
                - p.getJsonNumber("refundedAmount").longValue() == total), "the net charge to be " + total);
        return ordered;
    }
}
