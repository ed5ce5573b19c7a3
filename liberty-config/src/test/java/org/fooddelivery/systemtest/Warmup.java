package org.fooddelivery.systemtest;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.fooddelivery.systemtest.FoodApi.GOOD_CARD;
import static org.fooddelivery.systemtest.FoodApi.orderJson;

/**
 * A cold server answers its first requests slowly: class loading, JIT, the first use of every
 * persistence unit and MDB. A first burst of orders then trips the payment circuit breaker and
 * stretches every asynchronous step, inside whichever test class happens to run first. So before
 * the first test talks to the server, one order is placed (503s tolerated while the server warms)
 * and driven to COMPLETED, settled, through every service.
 *
 * <p>Called by {@link WarmupExtension} in the test JVM, once per run.
 */
final class Warmup {

    private static final AtomicBoolean STARTED = new AtomicBoolean();
    /** The warm-up's dish: no test counts its stock. */
    private static final long STORE = 2;
    private static final long DISH = 23;

    private Warmup() {
    }

    static void ensure() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        long start = System.nanoTime();
        // A cold server on busy cores may not answer its very first requests (the token, the
        // first JPA use) within the client's 30 s: those are retried too.
        Saga.await(() -> {
            try {
                Saga.setStock("owner2", STORE, DISH, 500);
                return Optional.of(true);
            } catch (UncheckedIOException slow) {
                return Optional.empty();
            } catch (IllegalStateException noTokenYet) { // the identity provider answered 503 while starting
                Saga.sleep(1000);
                return Optional.empty();
            }
        }, Duration.ofSeconds(150), "the warming server to answer its first requests");
        String id = Saga.await(() -> {
            try {
                FoodApi.Reply reply = FoodApi.post("customer2", "/orders", orderJson(STORE, DISH, 1, GOOD_CARD));
                if (reply.status() == 201) {
                    return Optional.of(reply.json().getString("id"));
                }
            } catch (UncheckedIOException slow) {
                return Optional.empty();
            }
            Saga.sleep(1000); // 503 while payment warms up, or the circuit it tripped is open
            return Optional.empty();
        }, Duration.ofSeconds(120), "a first order to be accepted by the warming server");
        Saga.complete("owner2", "customer2", id);
        Saga.awaitPayment("customer2", id, "SETTLED");
        System.out.printf("warm-up: one order placed and completed in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }
}
