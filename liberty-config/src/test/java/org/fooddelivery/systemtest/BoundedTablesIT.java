package org.fooddelivery.systemtest;

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
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.fooddelivery.systemtest.FoodApi.get;
import static org.fooddelivery.systemtest.FoodApi.post;
import static org.fooddelivery.systemtest.Saga.awaitTicket;
import static org.fooddelivery.systemtest.Saga.place;
import static org.fooddelivery.systemtest.Saga.ticketCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tables that stay bounded while the platform runs (issue 8 item 6): the de-duplication record is
 * purged a batch per transaction, the tracking journal forgets long-final orders (their views kept
 * as snapshots), and a rebuild never leaves a customer without their view. Rows made up by this
 * test carry ids starting with {@code bench-} and are removed after each test.
 */
@ExtendWith(ArquillianExtension.class)
class BoundedTablesIT {

    private static final String ORDER_DS = "jdbc/orderDS";
    private static final String DELIVERY_DS = "jdbc/deliveryDS";

    @Deployment
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "bounded-tables-probe.war").addPackage(FoodApi.class.getPackage());
    }

    @AfterEach
    void removeMadeUpRows() throws Exception {
        Saga.closeLeftovers();
        try (Connection order = InsideServer.database(ORDER_DS)) {
            execute(order, "DELETE FROM TRACKING_TIMELINE WHERE ORDER_ID LIKE 'bench-%'");
            execute(order, "DELETE FROM ORDER_TRACKING WHERE ORDERID LIKE 'bench-%'");
            execute(order, "DELETE FROM TRACKING_JOURNAL WHERE ORDERID LIKE 'bench-%'");
        }
        try (Connection delivery = InsideServer.database(DELIVERY_DS)) {
            execute(delivery, "DELETE FROM PROCESSED_EVENT WHERE ID LIKE 'bench-%'");
        }
    }

    /**
     * 2,000 old de-duplication records, the newest of them held locked by another transaction: a
     * purge in batches has already committed the older batches while it waits on the last one; a
     * single DELETE of everything would hold them all (or the whole table) until it gets the lock.
     */
    @Test
    void theDeduplicationRecordIsPurgedABatchPerTransaction() throws Exception {
        Instant old = Instant.now().minus(Duration.ofDays(1));
        try (Connection c = InsideServer.database(DELIVERY_DS)) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO PROCESSED_EVENT "
                    + "(ID, CONSUMER, EVENTID, EVENTTYPE, ORDERID, PROCESSEDAT) VALUES (?, 'bench', ?, 'Bench', NULL, ?)")) {
                for (int i = 0; i < 2000; i++) {
                    insert.setString(1, String.format("bench-%05d", i));
                    insert.setString(2, "e" + i);
                    insert.setTimestamp(3, Timestamp.from(old.plusMillis(i)));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            c.commit();
        }
        try (Connection holder = InsideServer.database(DELIVERY_DS)) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement(
                    "UPDATE PROCESSED_EVENT SET EVENTTYPE = 'Held' WHERE ID = 'bench-01999'")) {
                assertEquals(1, lock.executeUpdate());
            }
            // The oldest 1,500 are three whole batches before the held record's: committed gone
            // while the purge waits. A single DELETE would hold their locks until it gets the last.
            Saga.await(() -> countMadeUpRecords("bench-01500").filter(n -> n == 0), Duration.ofSeconds(40),
                    "the purge to commit every batch before the one waiting on the held record");
            holder.rollback();
        }
        Saga.await(() -> countMadeUpRecords("bench-99999").filter(n -> n == 0), Duration.ofSeconds(40),
                "the last batch to go once the record is free");
    }

    /**
     * An order final for longer than the journal's retention loses its journal entries and keeps
     * its view as a snapshot, which a rebuild then leaves alone; an old order still under way and
     * a recently completed one keep theirs.
     */
    @Test
    void theJournalForgetsOrdersLongFinalAndKeepsTheirViews() throws Exception {
        Instant longAgo = Instant.now().minus(Duration.ofDays(40));
        try (Connection c = InsideServer.database(ORDER_DS)) {
            madeUpView(c, "bench-long-final", "COMPLETED", longAgo);
            madeUpView(c, "bench-long-open", "READY", longAgo);
            madeUpView(c, "bench-recent-final", "COMPLETED", Instant.now().minus(Duration.ofHours(1)));
            for (String id : List.of("bench-long-final", "bench-long-open", "bench-recent-final")) {
                for (int i = 0; i < 3; i++) {
                    madeUpJournalEntry(c, id, "{}");
                }
            }
        }
        Saga.await(() -> Optional.of(journalEntries("bench-long-final")).filter(n -> n == 0), Duration.ofSeconds(30),
                "the long-final order's journal to be compacted");
        assertNotNull(value("SELECT CAST(JOURNALCOMPACTEDAT AS CHAR(30)) FROM ORDER_TRACKING WHERE ORDERID = ?",
                "bench-long-final"), "the view is marked as the order's snapshot");
        assertEquals(3, journalEntries("bench-long-open"), "an order still under way keeps its journal");
        assertEquals(3, journalEntries("bench-recent-final"), "a recently final order keeps its journal");

        // The other two made-up orders have unreadable journals ("{}"): remove them. A late event of
        // the snapshot's order arrives after the compaction: a rebuild must not reset the snapshot and
        // replay that one event into it (the view would be left with a payment status and nothing else).
        try (Connection c = InsideServer.database(ORDER_DS)) {
            execute(c, "DELETE FROM TRACKING_JOURNAL WHERE ORDERID LIKE 'bench-%'");
            madeUpJournalEntry(c, "bench-long-final", "{\"eventId\":\"late\",\"eventType\":\"PaymentSettled\","
                    + "\"orderId\":\"bench-long-final\",\"occurredAt\":\"" + Instant.now() + "\",\"payload\":{}}");
        }
        assertEquals(200, post("admin", "/orders/admin/tracking/rebuild", "{}").status());
        assertEquals("COMPLETED", value("SELECT STATUS FROM ORDER_TRACKING WHERE ORDERID = ?", "bench-long-final"),
                "the snapshot survives a rebuild");
    }

    /**
     * The journal holds 3,000 more entries (copies of a real order's, for made-up orders) when a
     * customer's order is placed; while the read model is rebuilt the customer keeps reading that
     * order's tracking, and never gets anything but 200. A rebuild that first drops every view and
     * then replays the journal in sequence leaves this order without a view for the whole replay.
     */
    @Test
    void aRebuildNeverLeavesACustomerWithoutTheirView() throws Exception {
        String template = place("customer1", 1, 12, 1);
        awaitTicket("owner1", template, "RECEIVED");
        assertEquals(200, ticketCommand("owner1", template, "accept").status());
        TrackingIT.awaitTracking("customer1", template, "ACCEPTED", "APPROVED");
        List<String> envelopes = envelopesOf(template);
        assertTrue(envelopes.size() >= 3, "the template order's journal: " + envelopes.size());
        try (Connection c = InsideServer.database(ORDER_DS)) {
            c.setAutoCommit(false);
            for (int copy = 0; copy < 3000 / envelopes.size(); copy++) {
                String madeUp = "bench-" + UUID.randomUUID();
                for (String envelope : envelopes) {
                    madeUpJournalEntry(c, madeUp, envelope.replace(template, madeUp)
                            .replace("\"customer1\"", "\"bench-customer\""));
                }
            }
            c.commit();
        }
        String watched = place("customer1", 1, 12, 1);
        awaitTicket("owner1", watched, "RECEIVED");
        assertEquals(200, ticketCommand("owner1", watched, "accept").status());
        TrackingIT.awaitTracking("customer1", watched, "ACCEPTED", "APPROVED");

        AtomicBoolean rebuilding = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            while (rebuilding.get()) {
                answers.add(get("customer1", "/orders/" + watched + "/tracking").status());
            }
        });
        FoodApi.Reply rebuilt = post("admin", "/orders/admin/tracking/rebuild", "{}");
        rebuilding.set(false);
        reader.join();

        assertEquals(200, rebuilt.status(), rebuilt::toString);
        assertTrue(rebuilt.json().getJsonNumber("replayedEvents").longValue() >= 3000, rebuilt::toString);
        assertTrue(answers.size() >= 3, "the customer read their order during the rebuild: " + answers.size());
        assertTrue(answers.stream().allMatch(s -> s == 200), "answers during the rebuild: " + summary(answers));
        assertEquals("ACCEPTED", get("customer1", "/orders/" + watched + "/tracking").json().getString("status"));
    }

    private static String summary(ConcurrentLinkedQueue<Integer> answers) {
        return answers.stream().collect(java.util.stream.Collectors.groupingBy(s -> s,
                java.util.stream.Collectors.counting())).toString();
    }

    private static List<String> envelopesOf(String orderId) throws Exception {
        List<String> envelopes = new ArrayList<>();
        try (Connection c = InsideServer.database(ORDER_DS);
             PreparedStatement query = c.prepareStatement(
                     "SELECT ENVELOPE FROM TRACKING_JOURNAL WHERE ORDERID = ? ORDER BY SEQUENCE")) {
            query.setString(1, orderId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    envelopes.add(rs.getString(1));
                }
            }
        }
        return envelopes;
    }

    private static void madeUpView(Connection c, String orderId, String status, Instant updatedAt) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO ORDER_TRACKING (ORDERID, CUSTOMERID, STATUS, "
                + "STOREID, TOTALAMOUNT, APPLIEDCHANGENUMBER, CREATEDAT, UPDATEDAT) VALUES (?, 'bench-customer', ?, 1, 1000, 0, ?, ?)")) {
            insert.setString(1, orderId);
            insert.setString(2, status);
            insert.setTimestamp(3, Timestamp.from(updatedAt));
            insert.setTimestamp(4, Timestamp.from(updatedAt));
            insert.executeUpdate();
        }
    }

    private static void madeUpJournalEntry(Connection c, String orderId, String envelope) throws SQLException {
        String eventId = UUID.randomUUID().toString();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO TRACKING_JOURNAL "
                + "(EVENTID, EVENTTYPE, ORDERID, OCCURREDAT, ENVELOPE) VALUES (?, 'Bench', ?, ?, ?)")) {
            insert.setString(1, eventId);
            insert.setString(2, orderId);
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.setString(4, envelope.replaceFirst("\"eventId\"\\s*:\\s*\"[^\"]*\"", "\"eventId\":\"" + eventId + "\""));
            insert.executeUpdate();
        }
    }

    private static long journalEntries(String orderId) {
        return InsideServer.countRows(ORDER_DS, "SELECT COUNT(*) FROM TRACKING_JOURNAL WHERE ORDERID = ?", orderId);
    }

    /**
     * Made-up records below an id, counted with a short query timeout: rows a purge has deleted but
     * not committed stay locked, and the count waits on them.
     */
    private static Optional<Long> countMadeUpRecords(String belowId) {
        try (Connection c = InsideServer.database(DELIVERY_DS);
             PreparedStatement query = c.prepareStatement(
                     "SELECT COUNT(*) FROM PROCESSED_EVENT WHERE ID >= 'bench-' AND ID < ?")) {
            query.setString(1, belowId);
            query.setQueryTimeout(2);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return Optional.of(rs.getLong(1));
            }
        } catch (Exception lockedForNow) {
            return Optional.empty();
        }
    }

    private static String value(String sql, String orderId) throws Exception {
        try (Connection c = InsideServer.database(ORDER_DS); PreparedStatement query = c.prepareStatement(sql)) {
            query.setString(1, orderId);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }
}
