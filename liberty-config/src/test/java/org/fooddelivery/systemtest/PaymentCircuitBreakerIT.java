package org.fooddelivery.systemtest;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.fooddelivery.systemtest.FoodApi.GOOD_CARD;
import static org.fooddelivery.systemtest.FoodApi.orderJson;
import static org.fooddelivery.systemtest.FoodApi.post;
import static org.fooddelivery.systemtest.FoodApi.put;
import static org.fooddelivery.systemtest.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A5: with payment made slow by a drill, placing an order answers 503 within the timeout; once
 * enough calls failed the circuit opens and callers fail at once; when payment heals the circuit
 * closes again after its delay. Timings are asserted loosely: they prove which path answered
 * (waited for the timeout, or refused at once), not how fast the machine is.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaymentCircuitBreakerIT {

    private static final long TIMEOUT_MS = 1500;
    private static final long BREAKER_DELAY_MS = 5000;

    @Deployment(testable = false)
    static WebArchive probe() {
        return Probe.empty("circuit-breaker-probe");
    }

    @AfterEach
    void healPayment() {
        assertEquals(200, put("admin", "/payments/admin/faults", "{\"delayMs\": 0, \"failurePercent\": 0}").status());
    }

    @Test
    void slowPaymentTimesOutThenFailsFastThenRecovers() throws Exception {
        assertEquals(200, put("admin", "/payments/admin/faults", "{\"delayMs\": 4000, \"failurePercent\": 0}").status());

        long slowest = 0;
        boolean failedFast = false;
        for (int attempt = 0; attempt < 12 && !failedFast; attempt++) {
            long start = System.nanoTime();
            FoodApi.Reply reply = post("customer1", "/orders", orderJson(1, 11, 1, GOOD_CARD));
            long tookMs = (System.nanoTime() - start) / 1_000_000;

            assertProblem(503, reply);
            assertNotNull(reply.header("Retry-After"), "503 says when to retry");
            assertTrue(tookMs < 4000, "answered within the timeout, not after payment's 4 s: " + tookMs + " ms");
            slowest = Math.max(slowest, tookMs);
            failedFast = tookMs < TIMEOUT_MS / 3 && reply.json().getString("detail").contains("circuit open");
        }
        assertTrue(slowest >= TIMEOUT_MS * 8 / 10, "the first calls waited for the timeout: " + slowest + " ms");
        assertTrue(failedFast, "the circuit opened and calls failed at once");

        assertEquals(200, put("admin", "/payments/admin/faults", "{\"delayMs\": 0, \"failurePercent\": 0}").status());
        long start = System.nanoTime();
        FoodApi.Reply stillOpen = post("customer1", "/orders", orderJson(1, 11, 1, GOOD_CARD));
        assertProblem(503, stillOpen);
        assertTrue((System.nanoTime() - start) / 1_000_000 < TIMEOUT_MS / 3, "still open right after healing");

        Thread.sleep(BREAKER_DELAY_MS + 1000);
        FoodApi.Reply trial = post("customer1", "/orders", orderJson(1, 11, 1, GOOD_CARD));
        assertEquals(201, trial.status(), trial::toString);
        assertEquals(201, post("customer1", "/orders", orderJson(1, 11, 1, GOOD_CARD)).status(), "closed again");
    }

    @Test
    void failingPaymentIs503WithRetryAfter() {
        assertEquals(200, put("admin", "/payments/admin/faults", "{\"delayMs\": 0, \"failurePercent\": 100}").status());

        FoodApi.Reply reply = post("customer2", "/orders", orderJson(2, 21, 1, GOOD_CARD));

        assertProblem(503, reply);
        assertNotNull(reply.header("Retry-After"));
    }

    @Test
    void faultsAreValidated() {
        assertProblem(400, put("admin", "/payments/admin/faults", "{\"delayMs\": -1, \"failurePercent\": 0}"));
        assertProblem(400, put("admin", "/payments/admin/faults", "{\"delayMs\": 0, \"failurePercent\": 101}"));
    }
}
