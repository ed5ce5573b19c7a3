package org.fooddelivery.systemtest;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
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
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.fooddelivery.systemtest.FoodApi.get;
import static org.fooddelivery.systemtest.FoodApi.post;
import static org.fooddelivery.systemtest.InsideServer.application;
import static org.fooddelivery.systemtest.InsideServer.publish;
import static org.fooddelivery.systemtest.Saga.awaitStatus;
import static org.fooddelivery.systemtest.Saga.awaitTicket;
import static org.fooddelivery.systemtest.Saga.place;
import static org.fooddelivery.systemtest.Saga.setStock;
import static org.fooddelivery.systemtest.Saga.stock;
import static org.fooddelivery.systemtest.Saga.ticketCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Messaging done right, checked inside the server against the real engine: duplicated and
 * out-of-order events change nothing, a durable subscription keeps events for a stopped consumer,
 * and a message that keeps failing is parked for an operator, counted and logged.
 */
@ExtendWith(ArquillianExtension.class)
class EventDeliveryIT {

    @Deployment
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "event-delivery-probe.war").addPackage(FoodApi.class.getPackage());
    }

    @AfterEach
    void closeWhatWasLeftOpen() {
        Saga.closeLeftovers();
    }

    @Test
    void aDuplicatedOrderPlacedReservesStockOnce() throws Exception {
        setStock("owner2", 2, 24, 100); // dish 24 is this test's alone
        long duplicatesBefore = Metrics.consumer("food_events_duplicates_total", "kitchen");
        String orderId = "dup-" + UUID.randomUUID();
        String envelope = envelope(UUID.randomUUID().toString(), "OrderPlaced", orderId, orderPlaced(orderId, 24, 4));

        publish("jms/topic/orderEvents", "OrderPlaced", orderId, envelope);
        publish("jms/topic/orderEvents", "OrderPlaced", orderId, envelope);

        awaitTicket("owner2", orderId, "RECEIVED");
        Saga.await(() -> Optional.of(Metrics.consumer("food_events_duplicates_total", "kitchen"))
                .filter(n -> n > duplicatesBefore), "the second copy to be seen and skipped");
        assertEquals(96, stock(2, 24), "reserved once");
        assertEquals(1, get("owner2", "/kitchen/tickets").array().stream()
                .filter(t -> orderId.equals(t.asJsonObject().getString("orderId"))).count());
    }

    @Test
    void aCancellationOvertakingItsOrderLeavesNothingReserved() throws Exception {
        setStock("owner2", 2, 25, 100); // dish 25 is this test's alone
        String orderId = "late-" + UUID.randomUUID();
        String cancellationId = UUID.randomUUID().toString();
        String placedId = UUID.randomUUID().toString();

        publish("jms/topic/orderEvents", "OrderCancellationRequested", orderId, envelope(cancellationId,
                "OrderCancellationRequested", orderId,
                Json.createObjectBuilder().add("orderId", orderId).add("customerId", "customer2").build()));
        awaitProcessedByKitchen(cancellationId, "the cancellation");
        publish("jms/topic/orderEvents", "OrderPlaced", orderId,
                envelope(placedId, "OrderPlaced", orderId, orderPlaced(orderId, 25, 5)));
        // The kitchen records an event in the transaction of its effect: once the record is
        // visible, whatever the late order did (or did not do) to stock and tickets is committed.
        awaitProcessedByKitchen(placedId, "the late order");

        assertEquals(100, stock(2, 25), "the cancelled order reserved nothing");
        assertTrue(get("owner2", "/kitchen/tickets").array().stream()
                .noneMatch(t -> orderId.equals(t.asJsonObject().getString("orderId"))), "no ticket to cook");
    }

    private static void awaitProcessedByKitchen(String eventId, String what) {
        Saga.await(() -> {
            try {
                return Optional.of(processedRecords("jdbc/kitchenDS", "EVENTID", eventId)).filter(n -> n > 0);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, what + " (event " + eventId + ") to be processed by the kitchen");
    }

    @Test
    void anEventPublishedWhileItsConsumerIsStoppedIsProcessedAfterRestart() throws Exception {
        setStock("owner2", 2, 21, 100);
        String id = place("customer2", 2, 21, 1);
        awaitTicket("owner2", id, "RECEIVED");
        ticketCommand("owner2", id, "accept");
        ticketCommand("owner2", id, "start");

        application("delivery", "stop");
        try {
            assertEquals(200, ticketCommand("owner2", id, "finish").status(), "CookingFinished published");
            awaitStatus("customer2", id, "READY");
        } finally {
            application("delivery", "start");
        }

        JsonObject delivery = Saga.await(() -> {
            FoodApi.Reply reply = get("rider1", "/delivery/deliveries/" + id);
            return reply.status() == 200 ? Optional.of(reply.json()) : Optional.empty();
        }, "the restarted delivery service to catch up");
        assertEquals("READY_FOR_PICKUP", delivery.getString("status"));
    }

    @Test
    void aMessageThatKeepsFailingIsParkedCountedAndLoggedAndAnOperatorDiscardsIt() throws Exception {
        long failedBefore = Metrics.consumer("food_events_failed_total", "kitchen");
        String orderId = "poison-" + UUID.randomUUID();

        publish("jms/topic/orderEvents", "OrderPlaced", orderId, "{\"this is\": \"not an event envelope\"}");

        // Every subscriber of OrderPlaced fails it on each delivery; on the last one each parks its
        // copy in its own service's PARKED_EVENT table instead of failing it forever.
        JsonObject parked = Saga.await(() -> parked("kitchen", orderId), Duration.ofSeconds(60),
                "the poison message to be parked by the kitchen");
        assertEquals("OrderPlaced", parked.getString("eventType"), "from the message's properties");
        assertTrue(parked.getString("reason").contains("MalformedEvent"), parked::toString);
        Saga.await(() -> Optional.of(Metrics.consumer("food_events_failed_total", "kitchen")).filter(n -> n > failedBefore),
                "the kitchen to count the message it gave up on");
        assertEquals(failedBefore + 1, Metrics.consumer("food_events_failed_total", "kitchen"),
                "counted once, on the last delivery");
        assertEquals(0, exceptionDestinationCopies(orderId), "parked, not left to the engine's exception destination");

        String path = "/kitchen/admin/parked-events/" + parked.getString("id");
        assertEquals(409, post("admin", path + "/replay", "{}").status(), "an unreadable message cannot be replayed");
        ProblemAssertions.assertProblem(400, post("admin", path + "/discard", "{\"reason\": \" \"}"));
        FoodApi.Reply discarded = post("admin", path + "/discard", "{\"reason\": \"not an event: a test's poison\"}");
        assertEquals(200, discarded.status(), discarded::toString);
        assertEquals("DISCARDED", discarded.json().getString("status"));
        assertEquals(409, post("admin", path + "/discard", "{\"reason\": \"again\"}").status());
        for (String service : List.of("payments", "orders")) { // their copies too
            JsonObject copy = Saga.await(() -> parked(service, orderId), Duration.ofSeconds(60), service + " to park its copy");
            assertEquals(200, post("admin", "/" + service + "/admin/parked-events/" + copy.getString("id") + "/discard",
                    "{\"reason\": \"test poison\"}").status());
        }
    }

    private static Optional<JsonObject> parked(String service, String orderId) {
        FoodApi.Reply reply = get("admin", "/" + service + "/admin/parked-events");
        assertEquals(200, reply.status(), reply::toString);
        return reply.array().stream().map(JsonValue::asJsonObject)
                .filter(p -> orderId.equals(p.getString("orderId", ""))).findFirst();
    }

    /** Where the embedded engine moves what cannot be delivered (exceptionDestination's default). */
    private static final String EXCEPTION_DESTINATION = "_SYSTEM.Exception.Destination";

    private static int exceptionDestinationCopies(String orderId) {
        try (JMSContext context = connectionFactory().createContext();
             QueueBrowser browser = context.createBrowser(context.createQueue(EXCEPTION_DESTINATION),
                     "JMSCorrelationID = '" + orderId + "'")) {
            return Collections.list(browser.getEnumeration()).size();
        } catch (Exception e) {
            throw new IllegalStateException("cannot browse " + EXCEPTION_DESTINATION, e);
        }
    }

    private static ConnectionFactory connectionFactory() throws Exception {
        return (ConnectionFactory) new InitialContext().lookup("jms/foodConnectionFactory");
    }

    @Test
    void deduplicationRecordsArePurgedAfterTheRetention() throws Exception {
        // The test server keeps them 30 s and purges every 2 s (arquillian.xml); production: 7 days, hourly.
        String id = place("customer2", 2, 21, 1);
        awaitTicket("owner2", id, "RECEIVED");
        assertTrue(processedRecordsOf("jdbc/kitchenDS", id) > 0, "the kitchen recorded the OrderPlaced it processed");

        Saga.await(() -> Optional.of(processedRecordsOf("jdbc/orderDS", id)).filter(n -> n > 0),
                "order-war to record the TicketCreated it processed");

        for (String ds : List.of("jdbc/kitchenDS", "jdbc/orderDS")) {
            Saga.await(() -> Optional.of(processedRecordsOf(ds, id)).filter(n -> n == 0),
                    Duration.ofSeconds(60), ds + "'s records of order " + id + " to be purged");
        }
        assertEquals(0, processedRecordsOlderThan("jdbc/orderDS", Duration.ofSeconds(45)), "nothing older is left behind");
    }

    private static long processedRecordsOf(String dataSource, String orderId) {
        try {
            return processedRecords(dataSource, "ORDERID", orderId);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long processedRecords(String dataSource, String column, String value) throws Exception {
        DataSource ds = (DataSource) new InitialContext().lookup(dataSource);
        try (Connection c = ds.getConnection();
             PreparedStatement query = c.prepareStatement("SELECT COUNT(*) FROM PROCESSED_EVENT WHERE " + column + " = ?")) {
            query.setString(1, value);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long processedRecordsOlderThan(String dataSource, Duration age) throws Exception {
        DataSource ds = (DataSource) new InitialContext().lookup(dataSource);
        try (Connection c = ds.getConnection();
             PreparedStatement query = c.prepareStatement("SELECT COUNT(*) FROM PROCESSED_EVENT WHERE PROCESSEDAT < ?")) {
            query.setTimestamp(1, Timestamp.from(Instant.now().minus(age)));
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void everyEventOfAWholeSagaDeliveredAgainChangesNothing() throws Exception {
        setStock("owner2", 2, 26, 100); // dish 26 is this test's alone
        List<String> topics = List.of("jms/topic/orderEvents", "jms/topic/kitchenEvents", "jms/topic/deliveryEvents",
                "jms/topic/paymentEvents");
        List<Message> events = new ArrayList<>();
        String id;
        JsonObject before;
        try (JMSContext context = connectionFactory().createContext()) {
            List<JMSConsumer> subscribers = new ArrayList<>();
            for (String topic : topics) {
                subscribers.add(context.createConsumer((Topic) new InitialContext().lookup(topic)));
            }
            id = place("customer2", 2, 26, 2);
            Saga.complete("owner2", "customer2", id);
            Saga.awaitPayment("customer2", id, "SETTLED");
            String order = id;
            Saga.await(() -> Optional.of(get("customer2", "/notifications?orderId=" + order).array().stream()
                    .map(JsonValue::asJsonObject).filter(n -> "SENT".equals(n.getString("state"))).count())
                    .filter(n -> n == 7), "six status messages and the default thanks to be sent");
            Saga.await(() -> Optional.of(get("customer2", "/orders/" + order + "/tracking").json())
                    .filter(t -> "COMPLETED".equals(t.getString("status")) && "SETTLED".equals(t.getString("paymentStatus"))),
                    "the tracking view to be final");
            before = sagaState(id);
            for (JMSConsumer subscriber : subscribers) {
                for (Message m; (m = subscriber.receive(1000)) != null; ) {
                    if (id.equals(m.getJMSCorrelationID())) {
                        events.add(m);
                    }
                }
            }
        }
        assertTrue(events.size() >= 10, "the saga's events were seen: " + events.size());
        // Each consumer that processed an event recorded it: that many copies must now be skipped.
        long expectedSkips = 0;
        for (Message m : events) {
            for (String ds : List.of("jdbc/orderDS", "jdbc/kitchenDS", "jdbc/deliveryDS", "jdbc/paymentDS", "jdbc/notificationDS")) {
                expectedSkips += processedRecords(ds, "EVENTID", m.getStringProperty("eventId"));
            }
        }
        long skippedBefore = Metrics.counter("application", "food_events_duplicates_total");

        try (JMSContext context = connectionFactory().createContext()) {
            for (Message m : events) {
                TextMessage copy = context.createTextMessage(((TextMessage) m).getText());
                copy.setJMSCorrelationID(m.getJMSCorrelationID());
                copy.setStringProperty("eventType", m.getStringProperty("eventType"));
                copy.setStringProperty("eventId", m.getStringProperty("eventId"));
                context.createProducer().send(m.getJMSDestination(), copy);
            }
        }
        long expected = expectedSkips;
        Saga.await(() -> Optional.of(Metrics.counter("application", "food_events_duplicates_total") - skippedBefore)
                .filter(n -> n >= expected), "the " + expected + " copies to be seen and skipped");

        assertEquals(before, sagaState(id), "nothing changed");
    }

    /** What every service shows of one order. */
    private static JsonObject sagaState(String id) {
        return Json.createObjectBuilder()
                .add("order", get("customer2", "/orders/" + id).json())
                .add("tracking", get("customer2", "/orders/" + id + "/tracking").json())
                .add("payments", get("customer2", "/payments?orderId=" + id).array())
                .add("delivery", get("customer2", "/delivery/deliveries/" + id).json())
                .add("notifications", get("customer2", "/notifications?orderId=" + id).array())
                .add("ticket", get("owner2", "/kitchen/tickets").array().stream().map(JsonValue::asJsonObject)
                        .filter(t -> id.equals(t.getString("orderId"))).findFirst().orElseThrow())
                .add("stock", stock(2, 26))
                .add("sentToKakao", get("admin", "/standins/kakao/received?containing=" + id).array().size())
                .build();
    }

    // --- helpers ----------------------------------------------------------------------------

    private static JsonObject orderPlaced(String orderId, long menuId, int quantity) {
        return Json.createObjectBuilder()
                .add("orderId", orderId).add("customerId", "customer2").add("storeId", 2)
                .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("menuId", menuId).add("name", "test dish").add("quantity", quantity).add("unitPrice", 1000)))
                .add("totalAmount", 1000L * quantity)
                .add("deliveryAddress", Json.createObjectBuilder().add("area", "mapo").add("street", "x"))
                .add("paymentId", "none")
                .build();
    }

    private static String envelope(String eventId, String type, String orderId, JsonValue payload) {
        return Json.createObjectBuilder().add("eventId", eventId).add("eventType", type).add("orderId", orderId)
                .add("occurredAt", Instant.now().toString()).add("payload", payload).build().toString();
    }
}
