package org.fooddelivery.systemtest;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import java.time.Duration;
import java.util.Optional;

import static org.fooddelivery.systemtest.FoodApi.GOOD_CARD;
import static org.fooddelivery.systemtest.FoodApi.orderJson;
import static org.fooddelivery.systemtest.FoodApi.put;
import static org.fooddelivery.systemtest.PlaceOrderIT.count;
import static org.fooddelivery.systemtest.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A5: with payment made slow by a drill (the card acquirer it charges through, standin-war's
 * /standins/acquirer, slower than payment's own timeout for it), placing an order answers 503 within the timeout; once
 * enough calls failed the circuit opens and callers are refused without payment being called;
 * when payment heals the circuit closes again after its delay. Which path answered is proven by
 * the answer ("circuit open") and the breaker's own metrics, not by how fast two busy cores are:
 * the only wall-clock bounds are the timeout's (a refusal comes well before it, a timed-out call
 * not before most of it) and payment's delay (no caller waits for it). Inside the server, to
 * count rows and listen on the order topic.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentCircuitBreakerIT {

    private static final long TIMEOUT_MS = 1500;
    private static final long PAYMENT_DELAY_MS = 4000;
    private static final String CHARGE = "method=\"org.fooddelivery.order.client.PaymentGateway.charge\"";

    @Deployment
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "circuit-breaker-probe.war").addPackage(FoodApi.class.getPackage());
    }

    @AfterEach
    void healPaymentAndCloseWhatWasLeftOpen() {
        assertEquals(200, put("admin", "/standins/acquirer/faults", "{\"delayMs\": 0, \"failurePercent\": 0}").status());
        Saga.closeLeftovers();
    }

    private static long refusedByOpenCircuit() {
        return Metrics.counter("base", "ft_circuitbreaker_calls_total", CHARGE, "circuitBreakerResult=\"circuitBreakerOpen\"");
    }

    @Test
    void slowPaymentTimesOutThenFailsFastThenRecovers() throws Exception {
        assertEquals(200, put("admin", "/standins/acquirer/faults",
                "{\"delayMs\": " + PAYMENT_DELAY_MS + ", \"failurePercent\": 0}").status());

        long slowest = 0;
        boolean refused = false;
        for (int attempt = 0; attempt < 16 && !refused; attempt++) {
            long openBefore = refusedByOpenCircuit();
            long start = System.nanoTime();
            FoodApi.Reply reply = Saga.placeOrder("customer1", orderJson(1, 11, 1, GOOD_CARD));
            long tookMs = (System.nanoTime() - start) / 1_000_000;

            assertProblem(503, reply);
            assertNotNull(reply.header("Retry-After"), "503 says when to retry");
            assertTrue(tookMs < PAYMENT_DELAY_MS, "answered within the timeout, not after payment's delay: " + tookMs + " ms");
            refused = reply.json().getString("detail").contains("circuit open");
            if (refused) {
                assertTrue(refusedByOpenCircuit() > openBefore, "the breaker counted the refusal");
                assertTrue(tookMs < TIMEOUT_MS, "refused before the timeout could run out: " + tookMs + " ms");
            } else {
                slowest = Math.max(slowest, tookMs);
            }
        }
        assertTrue(refused, "the circuit opened and callers were refused without calling payment");
        assertTrue(slowest >= TIMEOUT_MS * 8 / 10, "the calls before it waited for the timeout: " + slowest + " ms");

        assertEquals(200, put("admin", "/standins/acquirer/faults", "{\"delayMs\": 0, \"failurePercent\": 0}").status());
        FoodApi.Reply stillOpen = Saga.placeOrder("customer1", orderJson(1, 11, 1, GOOD_CARD));
        assertProblem(503, stillOpen);
        assertTrue(stillOpen.json().getString("detail").contains("circuit open"), "still open right after healing: " + stillOpen);

        // After the breaker's delay (5 s) trial calls go through; two successes close it.
        FoodApi.Reply trial = Saga.await(() -> Optional.of(Saga.placeOrder("customer1", orderJson(1, 11, 1, GOOD_CARD)))
                .filter(r -> r.status() != 503 || !r.json().getString("detail").contains("circuit open")),
                Duration.ofSeconds(30), "the breaker to let a trial call through");
        assertEquals(201, trial.status(), trial::toString);
        assertEquals(201, Saga.placeOrder("customer1", orderJson(1, 11, 1, GOOD_CARD)).status(), "closed again");
    }

    @Test
    void failingPaymentIs503WithRetryAfterAndLeavesNoTrace() throws Exception {
        long orders = count("jdbc/orderDS", "SELECT COUNT(*) FROM CUSTOMER_ORDER");
        long payments = count("jdbc/paymentDS", "SELECT COUNT(*) FROM PAYMENT");
        assertEquals(200, put("admin", "/standins/acquirer/faults", "{\"delayMs\": 0, \"failurePercent\": 100}").status());
        ConnectionFactory factory = (ConnectionFactory) new InitialContext().lookup("jms/foodConnectionFactory");
        Topic orderEvents = (Topic) new InitialContext().lookup("jms/topic/orderEvents");
        try (JMSContext context = factory.createContext();
             JMSConsumer subscriber = context.createConsumer(orderEvents, "eventType = 'OrderPlaced'")) {

            FoodApi.Reply reply = Saga.placeOrder("customer2", orderJson(2, 21, 1, GOOD_CARD));

            assertProblem(503, reply);
            assertNotNull(reply.header("Retry-After"));
            assertEquals(orders, count("jdbc/orderDS", "SELECT COUNT(*) FROM CUSTOMER_ORDER"), "no order stored");
            assertEquals(payments, count("jdbc/paymentDS", "SELECT COUNT(*) FROM PAYMENT"), "no charge stored");
            // An OrderPlaced would be sent in the transaction that stores the order, which did not happen;
            // this only guards against one sent some other way.
            assertNull(subscriber.receive(1_000), "no OrderPlaced announced");
        }
    }

    @Test
    void faultsAreValidated() {
        assertProblem(400, put("admin", "/standins/acquirer/faults", "{\"delayMs\": -1, \"failurePercent\": 0}"));
        assertProblem(400, put("admin", "/standins/acquirer/faults", "{\"delayMs\": 0, \"failurePercent\": 101}"));
    }
}
