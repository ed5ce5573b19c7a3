package org.fooddelivery.systemtest;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What operators use: health, metrics, the merged OpenAPI document and its UI, the admin center. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsIT {

    @Deployment(testable = false)
    static WebArchive probe() {
        return Probe.empty("operations-probe");
    }

    @AfterEach
    void closeWhatWasLeftOpen() {
        Saga.closeLeftovers();
    }

    private static FoodApi.Reply anonymous(String path) {
        return FoodApi.send(FoodApi.authorized(null, path).GET());
    }

    @Test
    void readinessChecksEveryServicesDatabaseAndTheMessagingEngine() {
        FoodApi.Reply ready = anonymous("/health/ready");
        assertEquals(200, ready.status(), ready::toString);
        JsonObject health = ready.json();
        assertEquals("UP", health.getString("status"));
        Set<String> checks = health.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .peek(c -> assertEquals("UP", c.getJsonObject("data").getString("messaging"), c::toString))
                .peek(c -> assertEquals("UP", c.getJsonObject("data").getString("database"), c::toString))
                .map(c -> c.getString("name")).collect(Collectors.toSet());
        assertEquals(Set.of("order-dependencies", "kitchen-dependencies", "delivery-dependencies",
                "payment-dependencies", "notification-dependencies"), checks);
        assertEquals(200, anonymous("/health/live").status());
    }

    @Test
    void metricsCountWhatHappened() {
        String charge = "method=\"org.fooddelivery.order.client.PaymentGateway.charge\"";
        long breakerSuccesses = Metrics.counter("base", "ft_circuitbreaker_calls_total", charge, "circuitBreakerResult=\"success\"");
        long inTime = Metrics.counter("base", "ft_timeout_calls_total", charge, "timedOut=\"false\"");
        long kitchenProcessed = Metrics.consumer("food_events_processed_total", "kitchen");

        String id = Saga.place("customer1", 1, 11, 1);
        Saga.awaitTicket("owner1", id, "RECEIVED");

        assertTrue(Metrics.counter("base", "ft_circuitbreaker_calls_total", charge, "circuitBreakerResult=\"success\"")
                > breakerSuccesses, "the charge counted as a success of the payment circuit breaker");
        assertTrue(Metrics.counter("base", "ft_timeout_calls_total", charge, "timedOut=\"false\"") > inTime,
                "the charge counted as answered within its timeout");
        assertTrue(Metrics.consumer("food_events_processed_total", "kitchen") > kitchenProcessed,
                "the OrderPlaced the kitchen processed counted");
    }

    @Test
    void openApiDocumentsEveryServiceAndHasItsUi() {
        String document = anonymous("/openapi").body();
        for (String path : List.of("/orders/{orderId}/tracking", "/kitchen/tickets/{orderId}/accept",
                "/delivery/deliveries/{orderId}/pickup", "/standins/acquirer/faults", "/notifications/{notificationId}/resend")) {
            assertTrue(document.contains(path + ":"), "OpenAPI documents " + path);
        }
        assertEquals(200, anonymous("/openapi/ui/").status());
    }

    @Test
    void theAdminCenterLetsTheAdminInAndNobodyElse() {
        assertEquals(200, adminApi("admin"), "admin reads the server configuration");
        assertEquals(403, adminApi("customer1"), "a customer does not");
    }

    /** The admin center's REST API over HTTPS with basic auth. */
    private static int adminApi(String user) {
        return FoodApi.operator(user, "/ibm/api/config/webApplication").status();
    }
}
