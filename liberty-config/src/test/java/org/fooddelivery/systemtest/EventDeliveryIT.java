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

import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.fooddelivery.systemtest.FoodApi.get;
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
 * and a message that keeps failing ends in the exception destination, counted and logged.
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
        long duplicatesBefore = metric("food_events_duplicates_total", "kitchen");
        String orderId = "dup-" + UUID.randomUUID();
        String envelope = envelope(UUID.randomUUID().toString(), "OrderPlaced", orderId, orderPlaced(orderId, 24, 4));

        publish("jms/topic/orderEvents", "OrderPlaced", orderId, envelope);
        publish("jms/topic/orderEvents", "OrderPlaced", orderId, envelope);

        awaitTicket("owner2", orderId, "RECEIVED");
        Saga.await(() -> Optional.of(metric("food_events_duplicates_total", "kitchen"))
                .filter(n -> n > duplicatesBefore), "the second copy to be seen and skipped");
        assertEquals(96, stock(2, 24), "reserved once");
        assertEquals(1, get("owner2", "/kitchen/tickets").array().stream()
                .filter(t -> orderId.equals(t.asJsonObject().getString("orderId"))).count());
    }

    @Test
    void aCancellationOvertakingItsOrderLeavesNothingReserved() throws Exception {
        setStock("owner2", 2, 25, 100); // dish 25 is this test's alone
        long processedBefore = metric("food_events_processed_total", "kitchen");
        String orderId = "late-" + UUID.randomUUID();

        publish("jms/topic/orderEvents", "OrderCancellationRequested", orderId, envelope(UUID.randomUUID().toString(),
                "OrderCancellationRequested", orderId,
                Json.createObjectBuilder().add("orderId", orderId).add("customerId", "customer2").build()));
        Saga.await(() -> Optional.of(metric("food_events_processed_total", "kitchen")).filter(n -> n > processedBefore),
                "the cancellation to be processed");
        publish("jms/topic/orderEvents", "OrderPlaced", orderId,
                envelope(UUID.randomUUID().toString(), "OrderPlaced", orderId, orderPlaced(orderId, 25, 5)));
        Saga.await(() -> Optional.of(metric("food_events_processed_total", "kitchen")).filter(n -> n > processedBefore + 1),
                "the late order to be processed");

        assertEquals(100, stock(2, 25), "the cancelled order reserved nothing");
        assertTrue(get("owner2", "/kitchen/tickets?status=RECEIVED").array().stream()
                .noneMatch(t -> orderId.equals(t.asJsonObject().getString("orderId"))), "no ticket to cook");
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
            Saga.sleep(1000);
        } finally {
            application("delivery", "start");
        }

        JsonObject delivery = Saga.await(() -> {
            FoodApi.Reply reply = get("rider2", "/delivery/deliveries/" + id);
            return reply.status() == 200 ? Optional.of(reply.json()) : Optional.empty();
        }, "the restarted delivery service to catch up");
        assertEquals("READY_FOR_PICKUP", delivery.getString("status"));
    }

    @Test
    void aMessageThatKeepsFailingGoesToTheExceptionDestinationCountedAndLogged() throws Exception {
        long failedBefore = metric("food_events_failed_total", "kitchen");
        String orderId = "poison-" + UUID.randomUUID();

        publish("jms/topic/orderEvents", "OrderPlaced", orderId, "{\"this is\": \"not an event envelope\"}");

        Saga.await(() -> Optional.of(metric("food_events_failed_total", "kitchen")).filter(n -> n > failedBefore),
                "the poison message to exhaust its redeliveries");
        assertTrue(get("owner2", "/kitchen/tickets").array().stream()
                .noneMatch(t -> orderId.equals(t.asJsonObject().getString("orderId"))));
    }

    @Test
    void deduplicationRecordsArePurgedAfterTheRetention() throws Exception {
        // The test server keeps them 30 s and purges every 2 s (arquillian.xml); production: 7 days, hourly.
        String id = place("customer2", 2, 21, 1);
        awaitTicket("owner2", id, "RECEIVED");
        assertTrue(processedRecordsOf("jdbc/kitchenDS", id) > 0, "the kitchen recorded the OrderPlaced it processed");

        Saga.await(() -> {
            try {
                return Optional.of(processedRecordsOf("jdbc/kitchenDS", id)).filter(n -> n == 0);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, Duration.ofSeconds(60), "the kitchen's records of order " + id + " to be purged");
        assertTrue(processedRecordsOlderThan("jdbc/orderDS", Duration.ofSeconds(45)) == 0, "order-war purges too");
    }

    private static long processedRecordsOf(String dataSource, String orderId) throws Exception {
        DataSource ds = (DataSource) new InitialContext().lookup(dataSource);
        try (Connection c = ds.getConnection();
             PreparedStatement query = c.prepareStatement("SELECT COUNT(*) FROM PROCESSED_EVENT WHERE ORDERID = ?")) {
            query.setString(1, orderId);
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

    private static void publish(String topicName, String type, String orderId, String body) throws Exception {
        ConnectionFactory factory = (ConnectionFactory) new InitialContext().lookup("jms/foodConnectionFactory");
        Topic topic = (Topic) new InitialContext().lookup(topicName);
        try (JMSContext context = factory.createContext()) {
            TextMessage message = context.createTextMessage(body);
            message.setJMSCorrelationID(orderId);
            message.setStringProperty("eventType", type);
            context.createProducer().send(topic, message);
        }
    }

    /** An application-scope counter of the services, read from /metrics as operators do. */
    private static long metric(String name, String consumer) {
        String text = FoodApi.send(FoodApi.authorized(null, "/metrics?scope=application").GET()).body();
        Matcher m = Pattern.compile("^" + name + "\\{[^}]*consumer=\"" + consumer + "\"[^}]*} ([0-9.E]+)$",
                Pattern.MULTILINE).matcher(text);
        long total = 0;
        while (m.find()) {
            total += (long) Double.parseDouble(m.group(1));
        }
        return total;
    }

    private static void application(String name, String operation) throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName app = new ObjectName("WebSphere:service=com.ibm.websphere.application.ApplicationMBean,name=" + name);
        server.invoke(app, operation, null, null);
        String expected = "stop".equals(operation) ? "STOPPED" : "STARTED";
        Saga.await(() -> {
            try {
                return Optional.of(server.getAttribute(app, "State")).filter(expected::equals);
            } catch (Exception e) {
                return Optional.empty();
            }
        }, name + " to be " + expected);
    }
}
