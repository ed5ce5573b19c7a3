package org.fooddelivery.systemtest;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.UUID;

import static org.fooddelivery.systemtest.FoodApi.post;
import static org.fooddelivery.systemtest.Saga.awaitPayment;
import static org.fooddelivery.systemtest.Saga.awaitStatus;
import static org.fooddelivery.systemtest.Saga.awaitTicket;
import static org.fooddelivery.systemtest.Saga.place;
import static org.fooddelivery.systemtest.Saga.setStock;
import static org.fooddelivery.systemtest.Saga.stock;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Saga timeouts, with the short limits the test server is started with (arquillian.xml:
 * kitchen.ticket.accept-timeout=PT8S, payment.orphan-refund-after=PT8S; production defaults
 * are 10 minutes).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SagaTimeoutsIT {

    @Deployment(testable = false)
    static WebArchive probe() {
        return Probe.empty("saga-timeouts-probe");
    }

    @AfterEach
    void closeWhatWasLeftOpen() {
        Saga.closeLeftovers();
    }

    @Test
    void aStoreThatNeverAnswersGetsItsOrderRejectedAndRefunded() {
        setStock("owner1", 1, 16, 300); // no other test orders dish 16
        String id = place("customer1", 1, 16, 2);
        awaitTicket("owner1", id, "RECEIVED");
        assertEquals(298, stock(1, 16));

        JsonObject order = awaitStatus("customer1", id, "REJECTED");

        assertEquals("STORE_TIMEOUT", order.getString("reason"));
        awaitTicket("owner1", id, "REJECTED");
        JsonObject refunded = awaitPayment("customer1", id, "REFUNDED");
        assertEquals(18000, refunded.getJsonNumber("refundedAmount").longValue(), "refunded in full (2 x 9000)");
        assertEquals(300, stock(1, 16), "stock released");
    }

    @Test
    void aChargeWhoseOrderNeverAppearsIsRefunded() {
        String orphanOrder = "orphan-" + UUID.randomUUID();
        FoodApi.Reply charged = post(FoodApi.SERVICE_USER, "/payments",
                "{\"orderId\": \"" + orphanOrder + "\", \"customerId\": \"customer1\", \"amount\": 1234, \"card\": {\"number\": \"4111111111111111\"}}");
        assertEquals(201, charged.status(), charged::toString);

        JsonObject refunded = awaitPayment("customer1", orphanOrder, "REFUNDED");

        assertEquals(1234, refunded.getJsonNumber("refundedAmount").longValue());
        assertEquals("ORDER_NOT_PLACED", refunded.getString("refundReason"));
    }
}
