package org.fooddelivery.systemtest;

import jakarta.json.Json;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import static org.fooddelivery.systemtest.FoodApi.GOOD_CARD;
import static org.fooddelivery.systemtest.FoodApi.get;
import static org.fooddelivery.systemtest.FoodApi.orderJson;
import static org.fooddelivery.systemtest.InsideServer.application;
import static org.fooddelivery.systemtest.InsideServer.database;
import static org.fooddelivery.systemtest.InsideServer.tableExists;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Schema before traffic: order-war's database is wiped or left half-made while the service is
 * stopped, events for it pile up in its durable subscriptions, and then it starts under a burst of
 * orders. Its schema migration must come first, whatever arrives first.
 *
 * <p>Destructive (it drops order-war's tables), so it runs in a server of its own: the failsafe
 * execution {@code schema-migration} in liberty-config's pom, after the rest of the suite.
 */
@ExtendWith(ArquillianExtension.class)
class SchemaMigrationIT {

    private static final String ORDER_DS = "jdbc/orderDS";
    /** Derby's words for a statement on a table that is not there (SQLState 42X05). */
    private static final Pattern MISSING_TABLE = Pattern.compile("Table/View '[^']+' does not exist");
    private static final int CLIENTS = 8;
    private static final int PENDING_EVENTS = 20;

    @Deployment
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "schema-migration-probe.war")
                .addPackage(FoodApi.class.getPackage())
                .addAsResource("legacy-schema/order-partial.sql");
    }

    @AfterEach
    void closeWhatWasLeftOpen() {
        Saga.closeLeftovers();
    }

    @Test
    void aBurstOfOrdersAndPendingEventsOnAnEmptyDatabaseMeetsACompleteSchema() throws Exception {
        application("order", "stop");
        dropOrderSchema();
        List<String> pending = new ArrayList<>();
        for (int i = 0; i < PENDING_EVENTS; i++) {
            String orderId = "pending-" + UUID.randomUUID();
            InsideServer.publish("jms/topic/orderEvents", "OrderPlaced", orderId, orderPlacedEnvelope(orderId));
            pending.add(orderId);
        }
        long logStart = InsideServer.logLength();

        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<FoodApi.Reply>> burst = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                burst.add(clients.submit(SchemaMigrationIT::placeOnceTheServiceAnswers));
            }
            CompletableFuture<Void> start = CompletableFuture.runAsync(() -> {
                try {
                    application("order", "start");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            List<String> placed = new ArrayList<>();
            for (Future<FoodApi.Reply> reply : burst) {
                FoodApi.Reply answer = reply.get();
                assertEquals(201, answer.status(), answer::toString);
                placed.add(answer.json().getString("id"));
            }
            start.get();

            for (String id : placed) {
                assertEquals(200, get("customer1", "/orders/" + id).status(), "order " + id + " stored");
            }
            for (String id : pending) {
                Saga.await(() -> Optional.of(trackingRows(id)).filter(n -> n == 1), "the pending OrderPlaced of " + id + " to be tracked");
            }
        } finally {
            clients.shutdownNow();
        }
        String log = InsideServer.logSince(logStart);
        assertFalse(MISSING_TABLE.matcher(log).find(), "no statement met a missing table:\n" + log);
        assertTrue(log.contains("order schema at version"), "the migration logged its outcome");
        FoodApi.Reply ready = FoodApi.send(FoodApi.authorized(null, "/health/ready").GET());
        assertEquals(200, ready.status(), "ready again");
        assertTrue(ready.body().contains("\"schema\":\"1\""), "readiness names order-war's schema version: " + ready.body());
    }

    @Test
    void aHalfMadeDatabaseOfTheReleaseBeforeMigrationsIsCompletedAndKeepsItsData() throws Exception {
        String trackedId = "legacy-" + UUID.randomUUID();
        application("order", "stop");
        dropOrderSchema();
        try (Connection c = database(ORDER_DS); Statement sql = c.createStatement()) {
            for (String statement : legacyPartialSchema()) {
                sql.execute(statement);
            }
            try (PreparedStatement row = c.prepareStatement("INSERT INTO ORDER_TRACKING (ORDERID, CUSTOMERID, STATUS, STOREID,"
                    + " STORENAME, TOTALAMOUNT, CREATEDAT, UPDATEDAT) VALUES (?, 'customer1', 'ACCEPTED', 1, 'Gangnam Chicken House', 18000, ?, ?)")) {
                row.setString(1, trackedId);
                row.setTimestamp(2, Timestamp.from(Instant.now()));
                row.setTimestamp(3, Timestamp.from(Instant.now()));
                row.executeUpdate();
            }
            assertFalse(tableExists(c, "CUSTOMER_ORDER"), "the half-made schema lacks the orders table");
        }

        application("order", "start");

        try (Connection c = database(ORDER_DS)) {
            for (String table : List.of("CUSTOMER_ORDER", "ORDER_LINE", "ORDER_PENDING_LINE", "PROCESSED_EVENT", "ORDER_TRACKING")) {
                assertTrue(tableExists(c, table), table + " exists after the migration");
            }
            List<String> versions = appliedVersions(c);
            assertEquals(List.of("0", "1"), versions.subList(0, 2),
                    "baselined as 0, then version 1 completed the schema (and later versions followed): " + versions);
        }
        FoodApi.Reply kept = get("customer1", "/orders/" + trackedId + "/tracking");
        assertEquals(200, kept.status(), kept::toString);
        assertEquals("ACCEPTED", kept.json().getString("status"), "the existing read-model row survived");
        String id = Saga.place("customer1", 1, 11, 1);
        assertEquals(200, get("customer1", "/orders/" + id).status(), "a new order is stored in the completed schema");
    }

    // --- helpers ----------------------------------------------------------------------------

    /**
     * Places one order as a phone app would: while order-war is not started yet (404) or a
     * dependency is still warming up (503 with Retry-After) it tries again; the first other answer
     * is the outcome. A 503 for an order that could not be stored — the failure a missing table
     * caused — is never retried away.
     */
    private static FoodApi.Reply placeOnceTheServiceAnswers() {
        String body = orderJson(1, 11, 1, GOOD_CARD);
        long deadline = System.nanoTime() + Saga.DEADLINE.multipliedBy(3).toNanos();
        while (true) {
            FoodApi.Reply reply = Saga.placeOrder("customer1", body);
            boolean notStarted = reply.status() == 404;
            boolean warmingUp = reply.status() == 503 && reply.body().contains("dependency-unavailable");
            if (!(notStarted || warmingUp) || System.nanoTime() > deadline) {
                return reply;
            }
            Saga.sleep(notStarted ? 20 : 500);
        }
    }

    /**
     * Every table of order-war's schema, whatever migrations made it: tables that others still
     * refer to are dropped in a later pass, once the tables referring to them are gone.
     */
    private static void dropOrderSchema() throws Exception {
        try (Connection c = database(ORDER_DS); Statement sql = c.createStatement()) {
            for (int pass = 0; pass < 10; pass++) {
                List<String> tables = new ArrayList<>();
                try (ResultSet found = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                    while (found.next()) {
                        tables.add(found.getString("TABLE_NAME"));
                    }
                }
                if (tables.isEmpty()) {
                    return;
                }
                for (String table : tables) {
                    try {
                        sql.execute("DROP TABLE \"" + table + "\"");
                    } catch (SQLException stillReferenced) {
                        // dropped in the next pass
                    }
                }
            }
            throw new AssertionError("order-war's schema could not be emptied");
        }
    }

    private static List<String> legacyPartialSchema() throws Exception {
        try (InputStream in = SchemaMigrationIT.class.getClassLoader().getResourceAsStream("legacy-schema/order-partial.sql")) {
            List<String> statements = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("--")) {
                    statements.add(line.strip().replaceAll(";$", ""));
                }
            }
            return statements;
        }
    }

    private static List<String> appliedVersions(Connection c) throws Exception {
        List<String> versions = new ArrayList<>();
        try (Statement sql = c.createStatement();
             ResultSet rs = sql.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        return versions;
    }

    private static long trackingRows(String orderId) {
        return InsideServer.countRows(ORDER_DS, "SELECT COUNT(*) FROM ORDER_TRACKING WHERE ORDERID = ?", orderId);
    }

    private static String orderPlacedEnvelope(String orderId) {
        return Json.createObjectBuilder()
                .add("eventId", UUID.randomUUID().toString()).add("eventType", "OrderPlaced").add("orderId", orderId)
                .add("occurredAt", Instant.now().toString())
                .add("payload", Json.createObjectBuilder()
                        .add("orderId", orderId).add("customerId", "customer2").add("storeId", 2)
                        .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("menuId", 21).add("name", "test dish").add("quantity", 1).add("unitPrice", 1000)))
                        .add("totalAmount", 1000L)
                        .add("deliveryAddress", Json.createObjectBuilder().add("area", "mapo").add("street", "x"))
                        .add("paymentId", "none"))
                .build().toString();
    }
}
