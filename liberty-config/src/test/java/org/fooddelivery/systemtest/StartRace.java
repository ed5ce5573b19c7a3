package org.fooddelivery.systemtest;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import static org.fooddelivery.systemtest.Saga.awaitStatus;
import static org.fooddelivery.systemtest.Saga.awaitTicket;
import static org.fooddelivery.systemtest.Saga.place;
import static org.fooddelivery.systemtest.Saga.ticketCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * F6 and F13 end where cooking starts, so the customer's cancel or change and the owner's start
 * are the saga's hardest race. This fires both at one ACCEPTED order at the same instant (the
 * start held back a given delay), or in a forced order so that a side that timing never let win
 * is still exercised: {@link #CUSTOMER_FIRST} (the start waits until the customer's command took
 * effect) and {@link #START_FIRST} (the customer's command waits for the start's answer).
 */
final class StartRace {

    static final long CUSTOMER_FIRST = -1;
    static final long START_FIRST = -2;

    /** The HTTP statuses of the customer's command and of the owner's start. */
    record Answers(int customer, int start) {
    }

    private StartRace() {
    }

    /** A new order of one portion, accepted by the store's owner and ACCEPTED for its customer. */
    static String acceptedOrder(String customer, String owner, long storeId, long menuId) {
        String id = place(customer, storeId, menuId, 1);
        awaitTicket(owner, id, "RECEIVED");
        assertEquals(200, ticketCommand(owner, id, "accept").status());
        awaitStatus(customer, id, "ACCEPTED");
        return id;
    }

    /**
     * @param startDelayMs how long the start is held back, or {@link #CUSTOMER_FIRST} / {@link #START_FIRST}
     * @param customerCommand the customer's request, answering its status
     * @param customerCommandApplied waits until the customer's command took effect (for CUSTOMER_FIRST)
     */
    static Answers fire(ExecutorService pool, String owner, String orderId, long startDelayMs,
                        Callable<Integer> customerCommand, Runnable customerCommandApplied) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        Future<Integer> customer = pool.submit(() -> {
            go.await();
            if (startDelayMs == START_FIRST) {
                started.await();
            }
            return customerCommand.call();
        });
        Future<Integer> start = pool.submit(() -> {
            go.await();
            if (startDelayMs == CUSTOMER_FIRST) {
                customerCommandApplied.run();
            } else if (startDelayMs > 0) {
                Thread.sleep(startDelayMs);
            }
            try {
                return ticketCommand(owner, orderId, "start").status();
            } finally {
                started.countDown();
            }
        });
        go.countDown();
        return new Answers(customer.get(), start.get());
    }
}
