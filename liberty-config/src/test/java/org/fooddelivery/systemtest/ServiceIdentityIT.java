package org.fooddelivery.systemtest;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpRequest;
import java.util.UUID;

import static org.fooddelivery.systemtest.FoodApi.get;
import static org.fooddelivery.systemtest.FoodApi.post;
import static org.fooddelivery.systemtest.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Charging a card is internal: order-war calls payment (and the kitchen's prices) with a token of
 * its own service user (group {@code service}), and payment's charge endpoint takes no other.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServiceIdentityIT {

    @Deployment(testable = false)
    static WebArchive probe() {
        return Probe.empty("service-identity-probe");
    }

    @AfterEach
    void closeWhatWasLeftOpen() {
        Saga.closeLeftovers();
    }

    private static String charge(String orderId, String customerId) {
        return """
                {"orderId": "%s", "customerId": "%s", "amount": 1, "card": {"number": "%s"}}"""
                .formatted(orderId, customerId, FoodApi.GOOD_CARD);
    }

    @Test
    void noUserCanChargeACardThemselves() {
        String orderId = "no-such-order-" + UUID.randomUUID();
        for (String user : new String[]{"customer2", "admin", "owner1", "rider1"}) {
            assertProblem(403, post(user, "/payments", charge(orderId, "customer2")));
        }
        assertEquals(0, get("admin", "/payments?orderId=" + orderId).array().size(), "no payment was made");
    }

    @Test
    void anOrderIsChargedByOrderWarForItsCustomerWhoReadsThePayment() {
        String id = Saga.place("customer1", 1, 12, 1);

        FoodApi.Reply payments = get("customer1", "/payments?orderId=" + id);
        assertEquals(200, payments.status(), payments::toString);
        JsonObject payment = payments.array().getJsonObject(0);
        assertEquals("customer1", payment.getString("customerId"), "charged for the customer, not for order-war");
        assertEquals("APPROVED", payment.getString("status"));
        assertProblem(403, get("customer2", "/payments?orderId=" + id));
    }

    @Test
    void onlyTheServiceIdentityIsAcceptedByTheChargeEndpoint() {
        String bearer = "Bearer " + FoodApi.token(FoodApi.SERVICE_USER);
        String orderId = "service-charge-" + UUID.randomUUID();

        FoodApi.Reply charged = FoodApi.send(FoodApi.authorized(null, "/payments").header("Authorization", bearer)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(charge(orderId, "customer2"))));
        assertEquals(201, charged.status(), charged::toString);
        assertEquals("customer2", charged.json().getString("customerId"));
        // The customer it was charged for reads it as theirs; nobody else but admin does.
        assertEquals(1, get("customer2", "/payments?orderId=" + orderId).array().size());
        assertProblem(403, get("customer1", "/payments?orderId=" + orderId));

        assertProblem(400, FoodApi.send(FoodApi.authorized(null, "/payments").header("Authorization", bearer)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"orderId\": \"x\", \"amount\": 1, \"card\": {\"number\": \""
                        + FoodApi.GOOD_CARD + "\"}}"))));
    }
}
