package org.fooddelivery.systemtest;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.fooddelivery.systemtest.FoodApi.post;
import static org.fooddelivery.systemtest.Saga.awaitOrder;
import static org.fooddelivery.systemtest.Saga.awaitStatus;
import static org.fooddelivery.systemtest.Saga.awaitTicket;
import static org.fooddelivery.systemtest.Saga.payment;
import static org.fooddelivery.systemtest.Saga.place;
import static org.fooddelivery.systemtest.Saga.setStock;
import static org.fooddelivery.systemtest.Saga.stock;
import static org.fooddelivery.systemtest.Saga.ticketCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * F6 under contention: the customer's cancel and the owner's start fired together, many times. Whichever the kitchen applies first wins, and every service agrees: a cancelled order is
 * never cooked (start got 409, ticket CANCELLED, payment REFUNDED, stock back) and a cooked order
 * is never cancelled (ticket COOKING, order COOKING, payment APPROVED).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CancelStartRaceIT {

    private static final int ROUNDS = 20;
    private static final long STORE = 1;
    private static final long DISH = 15; // no other test orders it: its stock count is exact

    @Deployment(testable = false)
    static WebArchive probe() {
        return Probe.empty("cancel-start-race-probe");
    }

    @AfterEach
    void closeWhatWasLeftOpen() {
        Saga.closeLeftovers();
    }

    @Test
    void cancelRacingCookingStartHasExactlyOneConsistentWinner() throws Exception {
        setStock("owner1", STORE, DISH, 1000);
        int stockBefore = stock(STORE, DISH);
        int cancelled = 0;
        int cooked = 0;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String id = place("customer1", STORE, DISH, 1);
                awaitTicket("owner1", id, "RECEIVED");
                assertEquals(200, ticketCommand("owner1", id, "accept").status());
                awaitStatus("customer1", id, "ACCEPTED");

                CountDownLatch go = new CountDownLatch(1);
                Future<Integer> cancel = pool.submit(() -> {
                    go.await();
                    return post("customer1", "/orders/" + id + "/cancel", "{}").status();
                });
                // The cancel travels order → topic → kitchen while the start is one call to the kitchen,
                // so the owner is held back by 0 to 1 s in turn: both sides get their chance to win.
                long startDelayMs = (round % 5) * 250L;
                Future<Integer> start = pool.submit(() -> {
                    go.await();
                    Thread.sleep(startDelayMs);
                    return ticketCommand("owner1", id, "start").status();
                });
                go.countDown();
                int cancelStatus = cancel.get();
                int startStatus = start.get();

                JsonObject order = awaitOrder("customer1", id,
                        o -> List.of("CANCELLED", "COOKING").contains(o.getString("status")), "to settle");
                if ("CANCELLED".equals(order.getString("status"))) {
                    cancelled++;
                    assertEquals(409, startStatus, "a cancelled order is never cooked");
                    assertEquals(202, cancelStatus);
                    awaitTicket("owner1", id, "CANCELLED");
                    Saga.awaitPayment("customer1", id, "REFUNDED");
                } else {
                    cooked++;
                    assertEquals(200, startStatus, "cooking started");
                    assertTrue(cancelStatus == 202 || cancelStatus == 409, "cancel refused: " + cancelStatus);
                    awaitTicket("owner1", id, "COOKING");
                    JsonObject settled = awaitOrder("customer1", id, o -> "COOKING".equals(o.getString("status"))
                            && !"PENDING".equals(o.getJsonObject("request") == null ? ""
                            : o.getJsonObject("request").getString("outcome")), "cancel request answered");
                    assertEquals("COOKING", settled.getString("status"), "a cooked order is never cancelled");
                    assertEquals("APPROVED", payment("customer1", id).getString("status"));
                }
            }
        } finally {
            pool.shutdown();
        }
        System.out.printf("cancel/start race: %d rounds, cancel won %d, start won %d%n", ROUNDS, cancelled, cooked);
        assertEquals(ROUNDS, cancelled + cooked);
        assertTrue(cancelled > 0 && cooked > 0, "both sides won some rounds, so both paths were exercised");
        int finalCancelledStockBack = stockBefore - cooked;
        Saga.await(() -> java.util.Optional.of(stock(STORE, DISH)).filter(s -> s == finalCancelledStockBack),
                "stock to be held only for the cooked orders");
    }
}
