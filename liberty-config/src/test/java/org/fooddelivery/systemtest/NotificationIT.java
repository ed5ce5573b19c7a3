package org.fooddelivery.systemtest;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
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

import javax.naming.InitialContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.fooddelivery.systemtest.FoodApi.get;
import static org.fooddelivery.systemtest.FoodApi.post;
import static org.fooddelivery.systemtest.FoodApi.put;
import static org.fooddelivery.systemtest.ProblemAssertions.assertProblem;
import static org.fooddelivery.systemtest.Saga.awaitTicket;
import static org.fooddelivery.systemtest.Saga.place;
import static org.fooddelivery.systemtest.Saga.setStock;
import static org.fooddelivery.systemtest.Saga.ticketCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * F10 and F12 through the KakaoTalk channel adapter and the bundled stand-in: one message per
 * status change even when the channel fails now and then, FAILED (never lost) when it keeps
 * failing and re-sent by an admin, thank-you exactly once. Inside the server, to publish events.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationIT {

    @Deployment
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "notification-probe.war").addPackage(FoodApi.class.getPackage());
    }

    @AfterEach
    void healTheChannelAndCloseWhatWasLeftOpen() {
        standInFaults(0, 0, 0);
        Saga.closeLeftovers();
    }

    @Test
    void oneMessagePerStatusChangeWhileTheChannelFailsTransiently() {
        setStock("owner1", 1, 12, 500);
        String id = place("customer1", 1, 12, 1);
        awaitMessages("customer1", id, 1);
        // The next three calls about this order fail, whatever else is sent meanwhile: only the
        // channel's retries get its ACCEPTED and COOKING messages through.
        standInFaults(0, 0, 3, id);
        awaitTicket("owner1", id, "RECEIVED");
        assertEquals(200, ticketCommand("owner1", id, "accept").status());
        assertEquals(200, ticketCommand("owner1", id, "start").status());

        List<JsonObject> sent = awaitMessages("customer1", id, 3);

        assertEquals(0, faults().getInt("failNext"), "this order's messages took all three failures");
        assertEquals(List.of("PLACED", "ACCEPTED", "COOKING"), sent.stream().map(n -> n.getString("orderStatus")).toList());
        sent.forEach(n -> {
            assertEquals("STATUS_CHANGED", n.getString("type"));
            assertEquals("KAKAOTALK", n.getString("channel"));
            assertTrue(n.getString("text").contains(id.substring(0, 8)), n::toString);
        });
        // SENT is written after the channel answered, so the retries of every message are over.
        assertEquals(3, received(id).size(), "the stand-in got each message exactly once");
        assertEquals(3, get("customer1", "/notifications?orderId=" + id).array().size());
    }

    @Test
    void aMessageThatCannotBeSentIsFailedAndCanBeResent() {
        standInFaults(0, 100, 0);
        String id = place("customer2", 2, 23, 1);

        JsonObject failed = Saga.await(() -> messages("customer2", id).stream()
                .filter(n -> "FAILED".equals(n.getString("state"))).findFirst(), "the PLACED message to fail");
        assertTrue(failed.getString("lastError").contains("503"), failed::toString);
        assertEquals(0, received(id).size());
        assertEquals("PLACED", failed.getString("orderStatus"));

        standInFaults(0, 0, 0);
        FoodApi.Reply resent = post("admin", "/notifications/" + failed.getString("id") + "/resend", "{}");
        assertEquals(200, resent.status(), resent::toString);
        Saga.await(() -> messages("customer2", id).stream().filter(n -> "SENT".equals(n.getString("state"))).findFirst(),
                "the re-sent message to go out");
        assertEquals(1, received(id).stream().filter(r -> r.getString("templateArgs").contains("\"PLACED\"")).count(),
                "the re-sent message reached the channel once");
        assertProblem(409, post("admin", "/notifications/" + failed.getString("id") + "/resend", "{}"));
        assertProblem(403, post("customer2", "/notifications/" + failed.getString("id") + "/resend", "{}"));
    }

    @Test
    void theSameEventDeliveredTwiceSendsOneMessage() throws Exception {
        String orderId = "twice-" + UUID.randomUUID();
        String envelope = Json.createObjectBuilder().add("eventId", UUID.randomUUID().toString())
                .add("eventType", "OrderStatusChanged").add("orderId", orderId).add("occurredAt", Instant.now().toString())
                .add("payload", Json.createObjectBuilder().add("orderId", orderId).add("customerId", "customer1")
                        .add("storeId", 1).add("status", "ACCEPTED").add("previousStatus", "PLACED"))
                .build().toString();

        long duplicatesBefore = Metrics.consumer("food_events_duplicates_total", "notification");
        publish(orderId, envelope);
        publish(orderId, envelope);

        Saga.await(() -> Optional.of(received(orderId)).filter(r -> !r.isEmpty()), "the message to be sent");
        Saga.await(() -> Optional.of(Metrics.consumer("food_events_duplicates_total", "notification"))
                .filter(n -> n > duplicatesBefore), "the second copy to be seen and skipped");
        awaitMessages("admin", orderId, 1);
        assertEquals(1, received(orderId).size());
        assertEquals(1, get("admin", "/notifications?orderId=" + orderId).array().size());
    }

    @Test
    void theOwnersOwnThanksGoOutOnceAndNoDefaultAfterIt() {
        setStock("owner1", 1, 14, 500);
        String id = place("customer1", 1, 14, 1);
        Saga.awaitTicket("owner1", id, "RECEIVED"); // the ticket comes with OrderPlaced, a moment later
        assertProblem(409, post("owner1", "/kitchen/tickets/" + id + "/thanks", "{\"message\": \"too early\"}"));
        Saga.complete("owner1", "customer1", id);
        Saga.await(() -> Optional.of(get("owner1", "/kitchen/tickets").array().stream().map(JsonValue::asJsonObject)
                .filter(t -> id.equals(t.getString("orderId")) && t.containsKey("completedAt")).count())
                .filter(n -> n == 1), "the kitchen to know the order completed");

        assertProblem(403, post("owner2", "/kitchen/tickets/" + id + "/thanks", "{\"message\": \"not my store\"}"));
        assertProblem(400, post("owner1", "/kitchen/tickets/" + id + "/thanks", "{\"message\": \"\"}"));
        assertEquals(200, post("owner1", "/kitchen/tickets/" + id + "/thanks", "{\"message\": \"Thank you, come again!\"}").status());
        assertProblem(409, post("owner1", "/kitchen/tickets/" + id + "/thanks", "{\"message\": \"twice\"}"));

        JsonObject thanks = Saga.await(() -> messages("customer1", id).stream()
                .filter(n -> "THANK_YOU".equals(n.getString("type")) && "SENT".equals(n.getString("state"))).findFirst(),
                "the thank-you to reach the customer");
        assertTrue(thanks.getString("text").contains("Thank you, come again!"), thanks::toString);
        // A later order of the same store, not thanked by hand: once its default thanks went out,
        // the kitchen's timer has passed the first order's grace period too, and sent it nothing.
        String later = place("customer1", 1, 14, 1);
        Saga.complete("owner1", "customer1", later);
        Saga.await(() -> messages("customer1", later).stream()
                .filter(n -> "THANK_YOU".equals(n.getString("type")) && "SENT".equals(n.getString("state"))).findFirst(),
                "the later order's default thank-you");
        assertEquals(1, messages("customer1", id).stream().filter(n -> "THANK_YOU".equals(n.getString("type"))).count());
    }

    @Test
    void theStoresDefaultThanksGoOutWhenTheOwnerWritesNone() {
        FoodApi.Reply set = put("owner2", "/kitchen/stores/2/thank-you", "{\"message\": \"맛있게 드세요! Enjoy!\"}");
        assertEquals(200, set.status(), set::toString);
        setStock("owner2", 2, 22, 500);
        String id = place("customer2", 2, 22, 1);
        Saga.complete("owner2", "customer2", id);

        JsonObject thanks = Saga.await(() -> messages("customer2", id).stream()
                .filter(n -> "THANK_YOU".equals(n.getString("type"))).findFirst(), "the store's default thank-you");
        assertTrue(thanks.getString("text").contains("맛있게 드세요! Enjoy!"), thanks::toString);
        assertTrue(thanks.getString("text").contains("Mapo Tteokbokki"), thanks::toString);
        assertEquals(6, messages("customer2", id).stream().filter(n -> "STATUS_CHANGED".equals(n.getString("type"))).count());
    }

    /**
     * Issue 8 item 5: the channel answers just after the client's 2 s timeout, so @Retry sends
     * again while the first call still lands. The idempotency key (the message's id on every
     * attempt) makes the channel answer the retry without delivering twice.
     */
    @Test
    void aChannelSlowerThanTheClientsTimeoutStillShowsEachMessageOnce() {
        setStock("owner1", 1, 12, 500);
        String id = place("customer1", 1, 12, 1);
        awaitMessages("customer1", id, 1);
        FoodApi.Reply slowed = put("admin", "/standins/kakao/faults", "{\"delayMs\": 2100, \"slowNext\": 1, "
                + "\"failurePercent\": 0, \"failNext\": 0, \"failNextContaining\": \"" + id + "\"}");
        assertEquals(200, slowed.status(), slowed::toString);
        awaitTicket("owner1", id, "RECEIVED");
        assertEquals(200, ticketCommand("owner1", id, "accept").status());

        awaitMessages("customer1", id, 2);

        assertEquals(0, faults().getInt("slowNext"), "the ACCEPTED message's first attempt was the slow one");
        assertEquals(1, received(id).stream().filter(r -> r.getString("templateArgs").contains("\"order_status\":\"ACCEPTED\""))
                .count(), "the customer's phone shows ACCEPTED once");
        assertEquals(2, received(id).size());
    }

    @Test
    void customersSeeOnlyTheirOwnMessages() {
        String id = place("customer1", 1, 12, 1);
        awaitMessages("customer1", id, 1);

        assertProblem(403, get("customer2", "/notifications?orderId=" + id));
        assertEquals(200, get("admin", "/notifications?orderId=" + id).status());
        assertProblem(400, get("customer1", "/notifications"));
        assertProblem(403, get("owner1", "/notifications?orderId=" + id));
    }

    // --- helpers ----------------------------------------------------------------------------

    private static List<JsonObject> messages(String customer, String orderId) {
        return get(customer, "/notifications?orderId=" + orderId).array().stream().map(JsonValue::asJsonObject).toList();
    }

    private static List<JsonObject> awaitMessages(String customer, String orderId, int count) {
        return Saga.await(() -> Optional.of(messages(customer, orderId))
                .filter(all -> all.size() >= count && all.stream().allMatch(n -> "SENT".equals(n.getString("state")))),
                count + " messages for " + orderId + " to be SENT");
    }

    private static List<JsonObject> received(String orderId) {
        return get("admin", "/standins/kakao/received?containing=" + orderId).array().stream()
                .map(JsonValue::asJsonObject).toList();
    }

    private static void standInFaults(long delayMs, int failurePercent, int failNext) {
        standInFaults(delayMs, failurePercent, failNext, "");
    }

    private static void standInFaults(long delayMs, int failurePercent, int failNext, String failNextContaining) {
        FoodApi.Reply reply = put("admin", "/standins/kakao/faults",
                "{\"delayMs\": " + delayMs + ", \"failurePercent\": " + failurePercent + ", \"failNext\": " + failNext
                        + ", \"failNextContaining\": \"" + failNextContaining + "\"}");
        assertEquals(200, reply.status(), reply::toString);
    }

    private static JsonObject faults() {
        return get("admin", "/standins/kakao/faults").json();
    }

    private static void publish(String orderId, String body) throws Exception {
        ConnectionFactory factory = (ConnectionFactory) new InitialContext().lookup("jms/foodConnectionFactory");
        Topic topic = (Topic) new InitialContext().lookup("jms/topic/orderEvents");
        try (JMSContext context = factory.createContext()) {
            TextMessage message = context.createTextMessage(body);
            message.setJMSCorrelationID(orderId);
            message.setStringProperty("eventType", "OrderStatusChanged");
            context.createProducer().send(topic, message);
        }
    }
}
