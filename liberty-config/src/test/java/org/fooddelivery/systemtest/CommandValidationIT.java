package org.fooddelivery.systemtest;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.fooddelivery.systemtest.FoodApi.get;
import static org.fooddelivery.systemtest.FoodApi.post;
import static org.fooddelivery.systemtest.FoodApi.put;
import static org.fooddelivery.systemtest.PlaceOrderIT.count;
import static org.fooddelivery.systemtest.ProblemAssertions.assertInvalid;
import static org.fooddelivery.systemtest.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Bad input on the commands after placing (change, thank-you texts, a direct charge) is a 400 that
 * names what was wrong and changes nothing. Inside the server, to count payment's rows.
 */
@ExtendWith(ArquillianExtension.class)
class CommandValidationIT {

    @Deployment
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "command-validation-probe.war").addPackage(FoodApi.class.getPackage());
    }

    @AfterEach
    void closeWhatWasLeftOpen() {
        Saga.closeLeftovers();
    }

    @Test
    void aBadChangeIs400AndLeavesTheOrderAsItWas() {
        String id = Saga.place("customer1", 1, 12, 1);
        Saga.awaitTicket("owner1", id, "RECEIVED");
        JsonObject before = Saga.order("customer1", id);
        String items = "/orders/" + id + "/items";

        assertInvalid("JSON", put("customer1", items, "{\"items\": ["));
        assertInvalid("items", put("customer1", items, "{\"items\": []}"));
        assertInvalid("items", put("customer1", items, "{}"));
        assertInvalid("items[0].quantity", put("customer1", items, "{\"items\": [{\"menuId\": 12, \"quantity\": 0}]}"));
        assertInvalid("items[0].quantity", put("customer1", items, "{\"items\": [{\"menuId\": 12, \"quantity\": 100}]}"));
        assertProblem(400, put("customer1", items, "{\"items\": [{\"menuId\": 12, \"quantity\": 1.5}]}"));
        assertInvalid("items[0].menuId", put("customer1", items, "{\"items\": [{\"menuId\": 999, \"quantity\": 1}]}"));
        assertInvalid("items[0].menuId", put("customer1", items, "{\"items\": [{\"menuId\": 21, \"quantity\": 1}]}"));

        assertEquals(before, Saga.order("customer1", id), "the order is as it was");
        assertEquals("APPROVED", Saga.payment("customer1", id).getString("status"));
        assertEquals(before.getJsonNumber("totalAmount").longValue(),
                Saga.payment("customer1", id).getJsonNumber("amount").longValue(), "the charge is as it was");
    }

    @Test
    void aBadThankYouTextIs400() {
        String store = "/kitchen/stores/1/thank-you";
        String before = get("owner1", "/kitchen/stores/1").json().toString();

        assertInvalid("message", put("owner1", store, "{\"message\": \"\"}"));
        assertInvalid("message", put("owner1", store, "{\"message\": \"   \"}"));
        assertInvalid("message", put("owner1", store, "{}"));
        assertInvalid("message", put("owner1", store, "{\"message\": \"" + "x".repeat(501) + "\"}"));
        assertInvalid("JSON", put("owner1", store, "{\"message\": "));
        assertProblem(400, put("owner1", store, "{\"message\": 42}"));

        assertEquals(before, get("owner1", "/kitchen/stores/1").json().toString(), "the store is as it was");
        assertInvalid("message", post("owner1", "/kitchen/tickets/any-order/thanks", "{\"message\": \"\"}"));
    }

    @Test
    void aBadChargeIs400AndChargesNothing() throws Exception {
        long payments = count("jdbc/paymentDS", "SELECT COUNT(*) FROM PAYMENT");

        assertInvalid("orderId", post(FoodApi.SERVICE_USER, "/payments", "{\"customerId\": \"customer1\", \"amount\": 1000, \"card\": {\"number\": \"4111111111111111\"}}"));
        assertInvalid("orderId", post(FoodApi.SERVICE_USER, "/payments",
                "{\"orderId\": \"" + "x".repeat(65) + "\", \"customerId\": \"customer1\", \"amount\": 1000, \"card\": {\"number\": \"4111111111111111\"}}"));
        assertInvalid("amount", post(FoodApi.SERVICE_USER, "/payments", "{\"orderId\": \"bad-charge\", \"customerId\": \"customer1\", \"amount\": 0, \"card\": {\"number\": \"4111111111111111\"}}"));
        assertInvalid("amount", post(FoodApi.SERVICE_USER, "/payments", "{\"orderId\": \"bad-charge\", \"customerId\": \"customer1\", \"amount\": -5, \"card\": {\"number\": \"4111111111111111\"}}"));
        assertProblem(400, post(FoodApi.SERVICE_USER, "/payments", "{\"orderId\": \"bad-charge\", \"customerId\": \"customer1\", \"amount\": 10.5, \"card\": {\"number\": \"4111111111111111\"}}"));
        assertInvalid("card", post(FoodApi.SERVICE_USER, "/payments", "{\"orderId\": \"bad-charge\", \"customerId\": \"customer1\", \"amount\": 1000}"));
        assertInvalid("card.number", post(FoodApi.SERVICE_USER, "/payments", "{\"orderId\": \"bad-charge\", \"customerId\": \"customer1\", \"amount\": 1000, \"card\": {\"number\": \"4111\"}}"));
        assertInvalid("customerId", post(FoodApi.SERVICE_USER, "/payments", "{\"orderId\": \"bad-charge\", \"amount\": 1000, \"card\": {\"number\": \"4111111111111111\"}}"));
        assertInvalid("JSON", post(FoodApi.SERVICE_USER, "/payments", "{\"orderId\": "));
        assertProblem(403, post("customer1", "/payments", "{\"orderId\": \"bad-charge\", \"customerId\": \"customer1\", \"amount\": 1000, \"card\": {\"number\": \"4111111111111111\"}}"));

        assertEquals(payments, count("jdbc/paymentDS", "SELECT COUNT(*) FROM PAYMENT"), "nothing charged or recorded");
    }
}
