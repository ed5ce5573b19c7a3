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

import jakarta.json.Json;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.fooddelivery.systemtest.FoodApi.get;
import static org.fooddelivery.systemtest.FoodApi.post;
import static org.fooddelivery.systemtest.InsideServer.database;
import static org.fooddelivery.systemtest.InsideServer.logLength;
import static org.fooddelivery.systemtest.InsideServer.logSince;
import static org.fooddelivery.systemtest.InsideServer.publish;
import static org.fooddelivery.systemtest.InsideServer.listener;
import static org.fooddelivery.systemtest.Saga.awaitPayment;
import static org.fooddelivery.systemtest.Saga.awaitStatus;
import static org.fooddelivery.systemtest.Saga.awaitTicket;
import static org.fooddelivery.systemtest.Saga.place;
import static org.fooddelivery.systemtest.Saga.setStock;
import static org.fooddelivery.systemtest.Saga.stock;
import static org.fooddelivery.systemtest.Saga.ticketCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        deliveryTable(true);
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

    /**
     * A transient failure (here: delivery-war's table out of reach, as during a lock timeout or a
     * database failover) that lasts three deliveries. The messaging engine redelivers at once, so
     * only the consumer's growing wait before each redelivery (1, 2, 4 s in the test server as in
     * production) gives it time to pass: the fourth delivery succeeds, nothing is parked.
     */
    @Test
    void aConsumerFailingThreeTimesTransientlySucceedsOnTheFourthDelivery() throws Exception {
        String orderId = "transient-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        long failedBefore = Metrics.consumer("food_events_failed_total", "delivery");
        long log = logLength();
        deliveryTable(false);

        publish("jms/topic/kitchenEvents", "CookingFinished", orderId, cookingFinished(eventId, orderId));
        Saga.await(() -> Optional.of(logged(log)).filter(l -> l.contains(eventId + " of order " + orderId + " failed on delivery 3")),
                Duration.ofSeconds(30), "the third delivery to fail");
        deliveryTable(true);

        Saga.await(() -> Optional.of(deliveries(orderId)).filter(n -> n == 1), Duration.ofSeconds(30),
                "the delivery to be offered after the failure passed");
        String logged = logSince(log);
        assertFalse(logged.contains(eventId + " of order " + orderId + " failed on delivery 4"), "the fourth delivery succeeded");
        assertEquals(failedBefore, Metrics.consumer("food_events_failed_total", "delivery"), "nothing given up on");
        assertTrue(parked("delivery", eventId).isEmpty(), "nothing parked");
    }

    /**
     * A message that keeps failing is parked in its service's PARKED_EVENT table on the last
     * delivery; an admin lists it with why it failed, fixes the cause, replays it: it takes effect
     * exactly once, however often it is replayed or delivered again.
     */
    @Test
    void aPoisonEventIsParkedListedReplayedOnceTheCauseIsFixedAndProcessedExactlyOnce() throws Exception {
        String orderId = "poison-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String event = cookingFinished(eventId, orderId);
        deliveryTable(false);

        publish("jms/topic/kitchenEvents", "CookingFinished", orderId, event);
        JsonObject parked = Saga.await(() -> parked("delivery", eventId), Duration.ofSeconds(60), "the event to be parked");

        assertEquals("CookingFinished", parked.getString("eventType"));
        assertEquals(orderId, parked.getString("orderId"));
        assertEquals("delivery", parked.getString("consumer"));
        assertEquals("PARKED", parked.getString("status"));
        assertEquals(5, parked.getInt("deliveries"));
        assertTrue(parked.getString("reason").contains("DELIVERY"), parked::toString);
        assertTrue(Instant.parse(parked.getString("parkedAt")).isBefore(Instant.now().plusSeconds(1)));
        Saga.await(() -> Optional.of(Metrics.counter("application", "food_events_parked", "service=\"delivery\""))
                .filter(n -> n >= 1), "the parked-events gauge to show it");
        String path = "/delivery/admin/parked-events/" + parked.getString("id");
        assertEquals(403, post("customer1", path + "/replay", "{}").status(), "operators only");

        FoodApi.Reply stillBroken = post("admin", path + "/replay", "{}");
        assertEquals(409, stillBroken.status(), stillBroken::toString);
        assertEquals("PARKED", get("admin", path).json().getString("status"), "a failed replay leaves it parked");

        deliveryTable(true);
        FoodApi.Reply replayed = post("admin", path + "/replay", "{}");

        assertEquals(200, replayed.status(), replayed::toString);
        assertEquals("REPLAYED", replayed.json().getString("status"));
        assertEquals("admin", replayed.json().getString("resolvedBy"));
        assertEquals(1, deliveries(orderId));
        assertEquals(409, post("admin", path + "/replay", "{}").status(), "replayed once only");
        long duplicates = Metrics.consumer("food_events_duplicates_total", "delivery");
        publish("jms/topic/kitchenEvents", "CookingFinished", orderId, event); // the broker delivers it again
        Saga.await(() -> Optional.of(Metrics.consumer("food_events_duplicates_total", "delivery")).filter(n -> n > duplicates),
                "the copy to be seen as a duplicate");
        assertEquals(1, deliveries(orderId), "processed exactly once");
        assertTrue(parked("delivery", eventId).isEmpty(), "no longer listed as parked");
    }

    private static String logged(long offset) {
        try {
            return logSince(offset);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Takes delivery-war's table out of reach (or back): every delivery-war consumer fails meanwhile. */
    private static void deliveryTable(boolean available) throws Exception {
        try (Connection c = database("jdbc/deliveryDS"); Statement s = c.createStatement()) {
            boolean exists = InsideServer.tableExists(c, "DELIVERY");
            if (available != exists) {
                s.executeUpdate(available ? "RENAME TABLE DELIVERY_OFFLINE TO DELIVERY" : "RENAME TABLE DELIVERY TO DELIVERY_OFFLINE");
            }
        }
    }

    private static long deliveries(String orderId) {
        return InsideServer.countRows("jdbc/deliveryDS", "SELECT COUNT(*) FROM DELIVERY WHERE ORDERID = ?", orderId);
    }

    private static Optional<JsonObject> parked(String service, String eventId) {
        FoodApi.Reply reply = get("admin", "/" + service + "/admin/parked-events");
        assertEquals(200, reply.status(), reply::toString);
        return reply.array().stream().map(JsonValue::asJsonObject)
                .filter(p -> eventId.equals(p.getString("eventId", ""))).findFirst();
    }

    private static String cookingFinished(String eventId, String orderId) {
        return Json.createObjectBuilder().add("eventId", eventId).add("eventType", "CookingFinished").add("orderId", orderId)
                .add("occurredAt", Instant.now().toString())
                .add("payload", Json.createObjectBuilder().add("orderId", orderId).add("customerId", "customer2")
                        .add("storeId", 2).add("storeName", "Mapo Tteokbokki").add("storeLat", 37.55).add("storeLng", 126.91)
                        .add("deliveryAddress", Json.createObjectBuilder().add("area", "integrity-test").add("street", "x")
                                .add("lat", 37.55).add("lng", 126.91)))
                .build().toString();
    }
}
