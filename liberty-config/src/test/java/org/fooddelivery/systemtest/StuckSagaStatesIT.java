package org.fooddelivery.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.fooddelivery.systemtest.FoodApi.get;
import static org.fooddelivery.systemtest.FoodApi.post;
import static org.fooddelivery.systemtest.InsideServer.listener;
import static org.fooddelivery.systemtest.Saga.awaitPayment;
import static org.fooddelivery.systemtest.Saga.awaitStatus;
import static org.fooddelivery.systemtest.Saga.awaitTicket;
import static org.fooddelivery.systemtest.Saga.place;
import static org.fooddelivery.systemtest.Saga.ticketCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Saga states that must not wait forever (issue 8, item 4; README "Saga timeouts"), inside the
 * server, with the test server's short limits (arquillian.xml): a request is re-asked after 3 s at
 * most twice, then escalated; a delivery no rider takes is escalated after 8 s; a picked-up order
 * completes on its own after 20 s. The kitchen "does not answer" because its message-driven bean is
 * paused (its subscription keeps the events, as during a backlog or an outage). Also: a delivery
 * whose order ended after it was offered is withdrawn from the riders.
 */
@ExtendWith(ArquillianExtension.class)
class StuckSagaStatesIT {

    private static final Duration LONG = Duration.ofSeconds(60);

    @Deployment
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "stuck-saga-states-probe.war").addPackage(FoodApi.class.getPackage());
    }

    @AfterEach
    void resumeAndCloseWhatWasLeftOpen() throws Exception {
        listener("kitchen", "OrderEventsListener", false);
        listener("payment", "OrderEventsListener", false);
        Saga.closeLeftovers();
    }

    /**
     * The kitchen does not answer a cancel: order-war asks again (twice, under the request's first
     * event id), then puts the order on the operators' list and tells the customer. When the
     * kitchen comes back it finds the request three times and answers once: cancelled, refunded.
     */
    @Test
    void aCancelTheKitchenDoesNotAnswerIsAskedAgainThenEscalatedAndAnsweredOnce() throws Exception {
        String id = acceptedOrder();
        listener("kitchen", "OrderEventsListener", true);
        long duplicatesBefore = Metrics.consumer("food_events_duplicates_total", "kitchen");

        assertEquals(202, post("customer1", "/orders/" + id + "/cancel", "{}").status());
        awaitStatus("customer1", id, "CANCEL_REQUESTED");

        JsonObject listed = Saga.await(() -> unanswered(id), Duration.ofSeconds(40), "the request on the operators' list");
        assertEquals("CANCEL", listed.getString("request"));
        assertEquals(2, listed.getInt("reasks"), "asked again twice before the operators got it");
        assertEquals(2, column("REQUESTREASKS", id));
        Saga.await(() -> notification(id, "CANCEL_REQUESTED"), "the customer to be told an operator has the request");
        assertEquals("CANCEL_REQUESTED", Saga.order("customer1", id).getString("status"), "still the kitchen's to decide");

        listener("kitchen", "OrderEventsListener", false);

        awaitStatus("customer1", id, "CANCELLED");
        awaitTicket("owner1", id, "CANCELLED");
        JsonObject refunded = awaitPayment("customer1", id, "REFUNDED");
        assertEquals(refunded.getJsonNumber("amount").longValue(), refunded.getJsonNumber("refundedAmount").longValue());
        Saga.await(() -> Optional.of(Metrics.consumer("food_events_duplicates_total", "kitchen"))
                .filter(n -> n >= duplicatesBefore + 2), "the kitchen to drop the two re-asks as duplicates");
        assertEquals(1, InsideServer.countRows("jdbc/orderDS",
                "SELECT COUNT(*) FROM PROCESSED_EVENT WHERE ORDERID = ? AND EVENTTYPE = 'TicketCancelled'", id),
                "the kitchen answered once");
        Saga.await(() -> Optional.of(unanswered(id).isEmpty()).filter(Boolean::booleanValue),
                "the answered request to leave the operators' list");
    }

    /**
     * A change re-asked while the kitchen is away is applied once when it is back: new total,
     * payment adjusted to it, no second swap of stock.
     */
    @Test
    void aChangeAskedAgainIsAppliedOnce() throws Exception {
        String id = acceptedOrder();
        listener("kitchen", "OrderEventsListener", true);

        FoodApi.Reply changed = FoodApi.put("customer1", "/orders/" + id + "/items",
                "{\"items\": [{\"menuId\": 14, \"quantity\": 2}]}");
        assertEquals(202, changed.status(), changed::toString);
        Saga.await(() -> Optional.of(column("REQUESTREASKS", id)).filter(n -> n >= 1), "a re-ask of the change");

        listener("kitchen", "OrderEventsListener", false);

        JsonObject order = Saga.awaitOrder("customer1", id, o -> "ACCEPTED".equals(o.getString("status"))
                && o.getJsonNumber("totalAmount").longValue() == 5000, "to take the change");
        assertEquals("DONE", order.getJsonObject("request").getString("outcome"));
        JsonObject ticket = awaitTicket("owner1", id, "ACCEPTED");
        assertEquals(2, ticket.getJsonArray("items").getJsonObject(0).getInt("quantity"));
        Saga.await(() -> Optional.of(Saga.payment("customer1", id)).filter(p -> p.getJsonNumber("amount").longValue()
                - p.getJsonNumber("refundedAmount").longValue() == 5000), "the net charge to be the new total");
    }

    /** A cooked order no rider takes goes to the operators' list, and leaves it once picked up. */
    @Test
    void aDeliveryNobodyPicksUpGoesToTheOperators() throws Exception {
        String id = place("customer1", 1, 14, 1);
        Saga.cook("owner1", id);
        awaitStatus("customer1", id, "READY");

        JsonObject listed = Saga.await(() -> unpicked(id), Duration.ofSeconds(40), "the delivery on the operators' list");
        assertEquals("READY_FOR_PICKUP", listed.getString("status"));
        assertTrue(listed.containsKey("escalatedAt"));
        assertTrue(riderSees("rider1", id), "still offered to the riders of its area");

        assertEquals(200, post("rider1", "/delivery/deliveries/" + id + "/pickup", "{}").status());
        assertTrue(unpicked(id).isEmpty(), "picked up: off the list");
        assertEquals(200, post("customer1", "/orders/" + id + "/confirm-delivery", "{}").status());
    }

    /**
     * The customer never confirms: the order completes on its own with reason AUTO_CONFIRMED, the
     * payment settles and the store's default thank-you goes out, as after a confirmation.
     */
    @Test
    void aPickedUpOrderNobodyConfirmsCompletesOnItsOwn() throws Exception {
        String id = place("customer1", 1, 14, 1);
        Saga.cook("owner1", id);
        awaitStatus("customer1", id, "READY");
        Saga.await(() -> Optional.of(post("rider1", "/delivery/deliveries/" + id + "/pickup", "{}").status())
                .filter(s -> s == 200), "rider1 to pick up " + id);
        awaitStatus("customer1", id, "PICKED_UP");

        JsonObject order = Saga.await(() -> Optional.of(Saga.order("customer1", id))
                .filter(o -> "COMPLETED".equals(o.getString("status"))), LONG, "the order to complete on its own");

        assertEquals("AUTO_CONFIRMED", order.getString("reason"));
        awaitPayment("customer1", id, "SETTLED");
        Saga.await(() -> get("customer1", "/notifications?orderId=" + id).array().stream().map(JsonValue::asJsonObject)
                .filter(n -> "THANK_YOU".equals(n.getString("type"))).findFirst(), "the store's thank-you");
        Saga.await(() -> Optional.of(get("rider1", "/delivery/deliveries/" + id).json())
                .filter(d -> "DELIVERED".equals(d.getString("status"))), "the delivery to be closed");
        assertEquals(200, post("customer1", "/orders/" + id + "/confirm-delivery", "{}").status(),
                "a late confirmation changes nothing and is no error");
    }

    /**
     * Payment is held back past the orphan window while the order is cooked and offered: the late
     * OrderPlaced voids it (REJECTED, PAYMENT_VOIDED) after riders already saw it. The delivery is
     * withdrawn: no rider sees it, a pickup is refused.
     */
    @Test
    void aDeliveryWhoseOrderWasVoidedAfterItWasOfferedIsWithdrawn() throws Exception {
        listener("payment", "OrderEventsListener", true);
        String id = place("customer1", 1, 14, 1);
        Saga.cook("owner1", id);
        awaitStatus("customer1", id, "READY");
        Saga.await(() -> Optional.of(riderSees("rider1", id)).filter(Boolean::booleanValue), "rider1 to see the delivery");
        awaitPayment("customer1", id, "REFUNDED");

        listener("payment", "OrderEventsListener", false);

        assertEquals("PAYMENT_VOIDED", awaitStatus("customer1", id, "REJECTED").getString("reason"));
        JsonObject delivery = Saga.await(() -> Optional.of(get("rider1", "/delivery/deliveries/" + id).json())
                .filter(d -> "WITHDRAWN".equals(d.getString("status"))), "the delivery to be withdrawn");
        assertEquals("PAYMENT_VOIDED", delivery.getString("withdrawnReason"));
        assertFalse(riderSees("rider1", id), "no rider sees a dead order");
        FoodApi.Reply pickup = post("rider1", "/delivery/deliveries/" + id + "/pickup", "{}");
        assertEquals(409, pickup.status(), pickup::toString);
    }

    /** The order's end overtakes its CookingFinished (two topics): the late offer offers nothing. */
    @Test
    void aCookingFinishedArrivingAfterTheOrderEndedOffersNothing() throws Exception {
        String id = "ended-" + UUID.randomUUID();
        InsideServer.publish("jms/topic/orderEvents", "OrderRejected", id, envelope("OrderRejected", id,
                Json.createObjectBuilder().add("orderId", id).add("reason", "PAYMENT_VOIDED").build()));
        Saga.await(() -> Optional.of(InsideServer.countRows("jdbc/deliveryDS",
                "SELECT COUNT(*) FROM DELIVERY WHERE ORDERID = ? AND STATUS = 'WITHDRAWN'", id)).filter(n -> n == 1),
                "the withdrawn placeholder");
        String finished = UUID.randomUUID().toString();
        InsideServer.publish("jms/topic/kitchenEvents", "CookingFinished", id, envelopeWithId(finished, "CookingFinished", id,
                Json.createObjectBuilder().add("orderId", id).add("customerId", "customer1").add("storeId", 1)
                        .add("storeName", "Gangnam Chicken House").add("storeLat", 37.5).add("storeLng", 127.0)
                        .add("deliveryAddress", Json.createObjectBuilder().add("area", "gangnam").add("street", "x")).build()));
        Saga.await(() -> Optional.of(InsideServer.countRows("jdbc/deliveryDS",
                "SELECT COUNT(*) FROM PROCESSED_EVENT WHERE EVENTID = ?", finished)).filter(n -> n == 1),
                "delivery-war to take the late CookingFinished");
        assertFalse(riderSees("rider1", id));
        assertEquals(404, get("rider1", "/delivery/deliveries/" + id).status());
    }

    /**
     * Accepted by the store before the kitchen goes quiet, so the store timeout (which rejects
     * tickets left RECEIVED) does not answer the request in the kitchen's place.
     */
    private static String acceptedOrder() {
        String id = place("customer1", 1, 14, 1);
        awaitTicket("owner1", id, "RECEIVED");
        assertEquals(200, ticketCommand("owner1", id, "accept").status());
        awaitStatus("customer1", id, "ACCEPTED");
        return id;
    }

    /**
     * A message the server was sending when it was killed (SENDING, never finished) is sent again
     * by the sweep under the same idempotency key: SENT, and the channel has it once. The test
     * makes the row look like one a kill left, an hour old.
     */
    @Test
    void aMessageInterruptedWhileSendingIsSentAgainAndReachesTheChannelOnce() throws Exception {
        String id = place("customer1", 1, 14, 1);
        JsonObject placed = Saga.await(() -> notification(id, "PLACED").filter(n -> "SENT".equals(n.getString("state"))),
                "the PLACED message to be sent");
        try (Connection c = InsideServer.database("jdbc/notificationDS");
             PreparedStatement q = c.prepareStatement("UPDATE NOTIFICATION SET STATE = 'SENDING', UPDATEDAT = ? WHERE ID = ?")) {
            q.setTimestamp(1, java.sql.Timestamp.from(Instant.now().minus(Duration.ofHours(1))));
            q.setString(2, placed.getString("id"));
            assertEquals(1, q.executeUpdate());
        }

        JsonObject resent = Saga.await(() -> notification(id, "PLACED").filter(n -> "SENT".equals(n.getString("state"))
                && n.getInt("attempts") == placed.getInt("attempts") + 1), LONG.plusSeconds(30),
                "the interrupted message to be sent again by the sweep");

        assertEquals(placed.getString("text"), resent.getString("text"));
        String prefix = id.substring(0, 8);
        assertEquals(1, get("admin", "/standins/kakao/received?containing=" + prefix).array().stream()
                .map(JsonValue::asJsonObject).filter(m -> m.toString().contains("PLACED") || m.toString().contains("접수"))
                .count(), "the channel kept it once (same Idempotency-Key)");
    }

    private static Optional<JsonObject> unanswered(String orderId) {
        FoodApi.Reply reply = get("admin", "/orders/admin/unanswered-requests");
        assertEquals(200, reply.status(), reply::toString);
        return reply.array().stream().map(JsonValue::asJsonObject)
                .filter(r -> orderId.equals(r.getString("orderId"))).findFirst();
    }

    private static Optional<JsonObject> unpicked(String orderId) {
        FoodApi.Reply reply = get("admin", "/delivery/admin/unpicked-deliveries");
        assertEquals(200, reply.status(), reply::toString);
        return reply.array().stream().map(JsonValue::asJsonObject)
                .filter(d -> orderId.equals(d.getString("orderId"))).findFirst();
    }

    private static boolean riderSees(String rider, String orderId) {
        return get(rider, "/delivery/deliveries?area=gangnam").array().stream().map(JsonValue::asJsonObject)
                .anyMatch(d -> orderId.equals(d.getString("orderId")));
    }

    private static Optional<JsonObject> notification(String orderId, String status) {
        return get("customer1", "/notifications?orderId=" + orderId).array().stream().map(JsonValue::asJsonObject)
                .filter(n -> status.equals(n.getString("orderStatus", ""))).findFirst();
    }

    /** An integer column of the order's row in order-war's database. */
    private static int column(String name, String orderId) {
        try (Connection c = InsideServer.database("jdbc/orderDS");
             PreparedStatement q = c.prepareStatement("SELECT " + name + " FROM CUSTOMER_ORDER WHERE ID = ?")) {
            q.setString(1, orderId);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? r.getInt(1) : -1;
            }
        } catch (Exception e) {
            return -1;
        }
    }

    private static String envelope(String type, String orderId, JsonObject payload) {
        return envelopeWithId(UUID.randomUUID().toString(), type, orderId, payload);
    }

    private static String envelopeWithId(String eventId, String type, String orderId, JsonObject payload) {
        return Json.createObjectBuilder().add("eventId", eventId).add("eventType", type).add("orderId", orderId)
                .add("occurredAt", Instant.now().toString()).add("payload", payload).build().toString();
    }
}
