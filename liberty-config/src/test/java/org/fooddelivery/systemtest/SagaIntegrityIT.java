package org.fooddelivery.systemtest;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Optional;

import static org.fooddelivery.systemtest.FoodApi.get;
import static org.fooddelivery.systemtest.InsideServer.listener;
import static org.fooddelivery.systemtest.Saga.awaitPayment;
import static org.fooddelivery.systemtest.Saga.awaitStatus;
import static org.fooddelivery.systemtest.Saga.awaitTicket;
import static org.fooddelivery.systemtest.Saga.place;
import static org.fooddelivery.systemtest.Saga.setStock;
import static org.fooddelivery.systemtest.Saga.stock;
import static org.fooddelivery.systemtest.Saga.ticketCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Saga integrity under faults (issue 8), inside the server: failure orders that drills do not
 * produce by chance. The test server's orphan window is 8 s (arquillian.xml).
 */
@ExtendWith(ArquillianExtension.class)
class SagaIntegrityIT {

    @Deployment
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "saga-integrity-probe.war").addPackage(FoodApi.class.getPackage());
    }

    @AfterEach
    void resumeAndCloseWhatWasLeftOpen() throws Exception {
        listener("payment", "OrderEventsListener", false);
        Saga.closeLeftovers();
    }

    /**
     * Payment's subscription is held back past the orphan window: the charge is refunded as an
     * orphan while the kitchen has already accepted the order. When OrderPlaced finally reaches
     * payment, the order must not go on unpaid: it ends REJECTED (PAYMENT_VOIDED), the ticket is
     * closed with its stock back, the customer is told, and the net charge stays 0.
     */
    @Test
    void anOrderWhoseChargeWasRefundedAsAnOrphanDoesNotGoOn() throws Exception {
        setStock("owner1", 1, 17, 200); // dish 17 is this test's alone
        listener("payment", "OrderEventsListener", true);
        String id = place("customer1", 1, 17, 2);
        awaitTicket("owner1", id, "RECEIVED");
        assertEquals(200, ticketCommand("owner1", id, "accept").status());
        awaitStatus("customer1", id, "ACCEPTED");
        JsonObject refunded = awaitPayment("customer1", id, "REFUNDED");
        assertEquals("ORDER_NOT_PLACED", refunded.getString("refundReason"));
        assertEquals(198, stock(1, 17));

        listener("payment", "OrderEventsListener", false);

        JsonObject order = awaitStatus("customer1", id, "REJECTED");
        assertEquals("PAYMENT_VOIDED", order.getString("reason"));
        awaitTicket("owner1", id, "CANCELLED");
        Saga.await(() -> Optional.of(stock(1, 17)).filter(n -> n == 200), "the voided order's stock to be released");
        assertEquals(409, ticketCommand("owner1", id, "start").status(), "nobody cooks an unpaid order");
        JsonObject payment = awaitPayment("customer1", id, "REFUNDED");
        assertEquals(payment.getJsonNumber("amount").longValue(), payment.getJsonNumber("refundedAmount").longValue(),
                "net charge 0");
        Saga.await(() -> get("customer1", "/notifications?orderId=" + id).array().stream().map(JsonValue::asJsonObject)
                .filter(n -> "REJECTED".equals(n.getString("orderStatus", ""))).findFirst(),
                "the customer to be told the order was rejected");
    }
}
