package org.fooddelivery.systemtest;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.fooddelivery.systemtest.FoodApi.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A benchmark, not a test of the suite (its name does not end in IT): a million rows in the
 * tables that grow with traffic, and how the jobs that keep them bounded behave at that size —
 * the de-duplication purge, the timers' queries, the journal's compaction and a rebuild — while a
 * probe plays a consumer or a customer and measures what they wait. Prints its figures and writes
 * them to the server's {@code logs/tables-at-scale.md}. Run it alone, on a server of its own:
 * <pre>./mvnw -B -ntp package failsafe:integration-test@default -Dit.test=TablesAtScaleBenchmark \
 *   -Dfailsafe.failIfNoSpecifiedTests=false -Dsurefire.skip=true -Dfood.server.name=bench</pre>
 * Rows it makes carry ids starting with {@code bench-}; it removes them at the end. Another size:
 * the environment variable {@code BENCH_ROWS} (the server inherits Maven's environment); one part
 * only: {@code BENCH_ONLY=purge|timers|journal}.
 */
@ExtendWith(ArquillianExtension.class)
class TablesAtScaleBenchmark {

    private static final int ROWS = Integer.parseInt(System.getenv().getOrDefault("BENCH_ROWS", "1000000"));
    private static final int EVENTS_PER_ORDER = 8;
    private final List<String> report = new ArrayList<>();

    @Deployment
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "tables-at-scale.war").addPackage(FoodApi.class.getPackage());
    }

    @Test
    void aMillionRows() throws Exception {
        line("# Tables at scale: " + ROWS + " rows per table, " + Instant.now());
        line("");
        String only = System.getenv().getOrDefault("BENCH_ONLY", "");
        if (only.isEmpty() || only.equals("purge")) {
            deduplicationPurge();
        }
        if (only.isEmpty() || only.equals("timers")) {
            timerQueries();
        }
        if (only.isEmpty() || only.equals("journal")) {
            journalCompactionAndRebuild();
        }
        Path out = Path.of("logs", "tables-at-scale.md").toAbsolutePath();
        Files.write(out, report);
        System.out.println("Report: " + out);
    }

    /** A week of de-duplication records gone stale at once, and a consumer recording meanwhile. */
    private void deduplicationPurge() throws Exception {
        line("## De-duplication purge (kitchen's PROCESSED_EVENT)");
        Instant old = Instant.now().minus(Duration.ofDays(8));
        long t0 = System.nanoTime();
        insertInBatches("jdbc/kitchenDS", "INSERT INTO PROCESSED_EVENT (ID, CONSUMER, EVENTID, EVENTTYPE, ORDERID, PROCESSEDAT)"
                + " VALUES (?, 'bench', ?, 'Bench', NULL, ?)", ROWS, (insert, i) -> {
                    insert.setString(1, String.format("bench-%08d", i));
                    insert.setString(2, "e" + i);
                    insert.setTimestamp(3, Timestamp.from(old.plusMillis(i)));
                });
        line("- inserted " + ROWS + " stale records in " + seconds(t0) + " s");
        long drainStart = System.nanoTime();
        Probe consumer = Probe.every(50, () -> {
            String id = "bench-probe-" + UUID.randomUUID();
            try (Connection c = InsideServer.database("jdbc/kitchenDS");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO PROCESSED_EVENT (ID, CONSUMER, EVENTID, "
                         + "EVENTTYPE, ORDERID, PROCESSEDAT) VALUES (?, 'bench-probe', ?, 'Probe', NULL, ?)")) {
                insert.setString(1, id);
                insert.setString(2, id);
                insert.setTimestamp(3, Timestamp.from(Instant.now()));
                return insert.executeUpdate();
            }
        });
        Saga.await(() -> Optional.of(count("jdbc/kitchenDS", "SELECT COUNT(*) FROM PROCESSED_EVENT WHERE CONSUMER = 'bench'"))
                .filter(n -> n == 0), Duration.ofMinutes(20), "the purge of " + ROWS + " records");
        consumer.stop();
        line("- the purge (batches of 500) removed them in " + seconds(drainStart) + " s");
        line("- a consumer recording an event every 50 ms meanwhile: " + consumer.summary());
        execute("jdbc/kitchenDS", "DELETE FROM PROCESSED_EVENT WHERE ID LIKE 'bench-probe-%'");
        line("");
    }

    /** The timers' queries on a million finished tickets and payments, with and without their index. */
    private void timerQueries() throws Exception {
        line("## Timers' queries on " + ROWS + " finished tickets and payments");
        Instant past = Instant.now().minus(Duration.ofDays(30));
        long t0 = System.nanoTime();
        insertInBatches("jdbc/kitchenDS", "INSERT INTO TICKET (ORDERID, STOREID, STATUS, STOCKRESERVED, CHANGENUMBER, VERSION,"
                + " RECEIVEDAT, COMPLETEDAT, THANKSDUEAT, THANKEDAT) VALUES (?, 1, 'COMPLETED', 0, 0, 1, ?, ?, ?, ?)", ROWS,
                (insert, i) -> {
                    Timestamp at = Timestamp.from(past.plusMillis(i));
                    insert.setString(1, String.format("bench-%08d", i));
                    for (int column = 2; column <= 5; column++) {
                        insert.setTimestamp(column, at);
                    }
                });
        insertInBatches("jdbc/paymentDS", "INSERT INTO PAYMENT (ID, ORDERID, CUSTOMERID, AMOUNT, STATUS, ORDERCONFIRMED,"
                + " CREATEDAT, VERSION) VALUES (?, ?, 'bench-customer', 1000, 'SETTLED', 1, ?, 1)", ROWS, (insert, i) -> {
                    insert.setString(1, String.format("bench-%08d", i));
                    insert.setString(2, String.format("bench-%08d", i));
                    insert.setTimestamp(3, Timestamp.from(past.plusMillis(i)));
                });
        line("- inserted " + ROWS + " tickets and " + ROWS + " payments in " + seconds(t0) + " s");
        String thanks = "SELECT ORDERID FROM TICKET WHERE THANKEDAT IS NULL AND THANKSDUEAT <= CURRENT_TIMESTAMP"
                + " FETCH FIRST 50 ROWS ONLY";
        String storeTimeout = "SELECT ORDERID FROM TICKET WHERE STATUS = 'RECEIVED' AND RECEIVEDAT < CURRENT_TIMESTAMP"
                + " FETCH FIRST 50 ROWS ONLY";
        String orphans = "SELECT ID FROM PAYMENT WHERE ORDERCONFIRMED = 0 AND STATUS = 'APPROVED'"
                + " AND CREATEDAT < CURRENT_TIMESTAMP FETCH FIRST 50 ROWS ONLY";
        line("- thank-you timer: " + timed("jdbc/kitchenDS", thanks) + " with TICKET_THANKS_DUE");
        line("- store timeout: " + timed("jdbc/kitchenDS", storeTimeout) + " with TICKET_STATUS_RECEIVED");
        line("- orphan-charge check: " + timed("jdbc/paymentDS", orphans) + " with PAYMENT_UNCONFIRMED");
        execute("jdbc/kitchenDS", "DROP INDEX TICKET_THANKS_DUE");
        execute("jdbc/paymentDS", "DROP INDEX PAYMENT_UNCONFIRMED");
        line("- without the indexes: thank-you timer " + timed("jdbc/kitchenDS", thanks) + ", orphan-charge check "
                + timed("jdbc/paymentDS", orphans));
        execute("jdbc/kitchenDS", "CREATE INDEX TICKET_THANKS_DUE ON TICKET (THANKEDAT, THANKSDUEAT)");
        execute("jdbc/paymentDS", "CREATE INDEX PAYMENT_UNCONFIRMED ON PAYMENT (ORDERCONFIRMED, STATUS, CREATEDAT)");
        deleteInBatches("jdbc/kitchenDS", "TICKET", "ORDERID", ROWS);
        deleteInBatches("jdbc/paymentDS", "PAYMENT", "ID", ROWS);
        line("");
    }

    /**
     * A million journal entries (eight per order, copies of a real order's): most orders final
     * for 40 days, the rest recent. The compaction removes the old ones' entries; a rebuild then
     * replays the rest while a customer keeps reading their real order.
     */
    private void journalCompactionAndRebuild() throws Exception {
        line("## Tracking journal: compaction and rebuild");
        String watched = Saga.place("customer1", 1, 12, 1);
        Saga.awaitTicket("owner1", watched, "RECEIVED");
        assertEquals(200, Saga.ticketCommand("owner1", watched, "accept").status());
        TrackingIT.awaitTracking("customer1", watched, "ACCEPTED", "APPROVED");
        List<String> template = new ArrayList<>();
        try (Connection c = InsideServer.database("jdbc/orderDS"); PreparedStatement query = c.prepareStatement(
                "SELECT ENVELOPE FROM TRACKING_JOURNAL WHERE ORDERID = ? ORDER BY SEQUENCE")) {
            query.setString(1, watched);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    template.add(rs.getString(1));
                }
            }
        }
        int orders = ROWS / EVENTS_PER_ORDER;
        int oldOrders = orders * 9 / 10;
        Instant longAgo = Instant.now().minus(Duration.ofDays(40));
        long t0 = System.nanoTime();
        insertInBatches("jdbc/orderDS", "INSERT INTO TRACKING_JOURNAL (EVENTID, EVENTTYPE, ORDERID, OCCURREDAT, ENVELOPE)"
                + " VALUES (?, 'Bench', ?, ?, ?)", orders * EVENTS_PER_ORDER, (insert, i) -> {
                    String order = String.format("bench-%08d", i / EVENTS_PER_ORDER);
                    String eventId = UUID.randomUUID().toString();
                    String envelope = template.get(i % template.size()).replace(watched, order)
                            .replace("\"customer1\"", "\"bench-customer\"")
                            .replaceFirst("\"eventId\"\\s*:\\s*\"[^\"]*\"", "\"eventId\":\"" + eventId + "\"");
                    insert.setString(1, eventId);
                    insert.setString(2, order);
                    insert.setTimestamp(3, Timestamp.from(i / EVENTS_PER_ORDER < oldOrders ? longAgo : Instant.now()));
                    insert.setString(4, envelope);
                });
        // The views last: the compaction (every 2 s on the test server) starts on an old order only once
        // its journal is complete, as it is in production, where an order is final long after its events.
        long compactStart = System.nanoTime();
        Probe customer = Probe.every(50, () -> get("customer1", "/orders/" + watched + "/tracking").status());
        insertInBatches("jdbc/orderDS", "INSERT INTO ORDER_TRACKING (ORDERID, CUSTOMERID, STATUS, STOREID, TOTALAMOUNT,"
                + " APPLIEDCHANGENUMBER, CREATEDAT, UPDATEDAT) VALUES (?, 'bench-customer', 'COMPLETED', 1, 1000, 0, ?, ?)",
                oldOrders, (insert, i) -> {
                    insert.setString(1, String.format("bench-%08d", i));
                    insert.setTimestamp(2, Timestamp.from(longAgo));
                    insert.setTimestamp(3, Timestamp.from(longAgo));
                });
        line("- inserted " + orders * EVENTS_PER_ORDER + " journal entries of " + orders + " orders (" + oldOrders
                + " final for 40 days, with their views) in " + seconds(t0) + " s");

        Saga.await(() -> Optional.of(count("jdbc/orderDS",
                        "SELECT COUNT(*) FROM ORDER_TRACKING WHERE ORDERID LIKE 'bench-%' AND JOURNALCOMPACTEDAT IS NULL"))
                .filter(n -> n == 0), Duration.ofMinutes(30), "the compaction of " + oldOrders + " orders");
        customer.stop();
        long left = count("jdbc/orderDS", "SELECT COUNT(*) FROM TRACKING_JOURNAL WHERE ORDERID LIKE 'bench-%'");
        line("- the compaction (50 orders per transaction) took " + seconds(compactStart) + " s from the first old view"
                + " inserted (the views' insert included); "
                + left + " entries of recent orders left");
        line("- the customer reading their order meanwhile: " + customer.summary());

        Probe reader = Probe.every(50, () -> get("customer1", "/orders/" + watched + "/tracking").status());
        long rebuildStart = System.nanoTime();
        // The rebuild answers when it is done: minutes at this size, past FoodApi's 30 s timeout.
        HttpResponse<String> rebuilt = HttpClient.newHttpClient().send(FoodApi.authorized("admin",
                        "/orders/admin/tracking/rebuild").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).timeout(Duration.ofMinutes(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        double took = seconds(rebuildStart);
        reader.stop();
        assertEquals(200, rebuilt.statusCode(), rebuilt::body);
        long replayed = Long.parseLong(rebuilt.body().replaceAll(".*\"replayedEvents\":(\\d+).*", "$1"));
        line("- a rebuild replayed " + replayed + " events in " + took + " s (" + Math.round(replayed / took)
                + " events/s, 100 orders per transaction)");
        line("- the customer reading their order during the rebuild: " + reader.summary());
        assertTrue(reader.answers.stream().allMatch(s -> s == 200), "never without their view");

        deleteInBatches("jdbc/orderDS", "TRACKING_TIMELINE", "ORDER_ID", orders);
        deleteInBatches("jdbc/orderDS", "ORDER_TRACKING", "ORDERID", orders);
        deleteInBatches("jdbc/orderDS", "TRACKING_JOURNAL", "ORDERID", orders);
        Saga.closeLeftovers();
        line("");
    }

    // --- helpers ---------------------------------------------------------------------------------

    interface Row {
        void fill(PreparedStatement insert, int i) throws SQLException;
    }

    interface Call {
        int run() throws Exception;
    }

    /** Calls something every few milliseconds on its own thread and keeps its answers and latencies. */
    static final class Probe {
        final List<Integer> answers = Collections.synchronizedList(new ArrayList<>());
        final List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        private final AtomicBoolean running = new AtomicBoolean(true);
        private CompletableFuture<Void> loop;

        static Probe every(long millis, Call call) {
            Probe probe = new Probe();
            probe.loop = CompletableFuture.runAsync(() -> {
                while (probe.running.get()) {
                    long t = System.nanoTime();
                    int answer;
                    try {
                        answer = call.run();
                    } catch (Exception e) {
                        answer = -1;
                    }
                    probe.micros.add((System.nanoTime() - t) / 1000);
                    probe.answers.add(answer);
                    Saga.sleep(millis);
                }
            });
            return probe;
        }

        void stop() {
            running.set(false);
            loop.join();
        }

        String summary() {
            List<Long> sorted = new ArrayList<>(micros);
            Collections.sort(sorted);
            if (sorted.isEmpty()) {
                return "no calls";
            }
            long failed = answers.stream().filter(a -> a != 200 && a != 1).count();
            return sorted.size() + " calls, " + failed + " failed, latency p50 " + ms(sorted, 0.5) + " ms, p99 "
                    + ms(sorted, 0.99) + " ms, max " + sorted.get(sorted.size() - 1) / 1000.0 + " ms";
        }

        private static double ms(List<Long> sorted, double quantile) {
            return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * quantile))) / 1000.0;
        }
    }

    private static void insertInBatches(String dataSource, String sql, int rows, Row row) throws Exception {
        try (Connection c = InsideServer.database(dataSource)) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement(sql)) {
                for (int i = 0; i < rows; i++) {
                    row.fill(insert, i);
                    insert.addBatch();
                    if ((i + 1) % 5000 == 0 || i == rows - 1) {
                        insert.executeBatch();
                        c.commit();
                    }
                    if ((i + 1) % 100_000 == 0) {
                        System.out.println("  " + (i + 1) + " rows into " + dataSource);
                    }
                }
            }
        }
    }

    /**
     * Deletes the benchmark's rows of a table ({@code bench-%08d} keys) a key range of 500 at a
     * time, each through the key's index and below Derby's lock escalation (5,000 row locks).
     */
    private static void deleteInBatches(String dataSource, String table, String key, int rows) throws Exception {
        try (Connection c = InsideServer.database(dataSource); PreparedStatement delete = c.prepareStatement(
                "DELETE FROM " + table + " WHERE " + key + " >= ? AND " + key + " < ?")) {
            for (int from = 0; from < rows; from += 500) {
                delete.setString(1, String.format("bench-%08d", from));
                delete.setString(2, String.format("bench-%08d", from + 500));
                delete.executeUpdate();
            }
        }
    }

    private static String timed(String dataSource, String sql) throws Exception {
        List<Long> micros = new ArrayList<>();
        try (Connection c = InsideServer.database(dataSource); PreparedStatement query = c.prepareStatement(sql)) {
            for (int run = 0; run < 20; run++) {
                long t = System.nanoTime();
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        rs.getString(1);
                    }
                }
                micros.add((System.nanoTime() - t) / 1000);
            }
        }
        Collections.sort(micros);
        return "median " + micros.get(micros.size() / 2) / 1000.0 + " ms (20 runs)";
    }

    /**
     * The benchmark's progress counts scan whole tables: read uncommitted, so they take no locks
     * and never wait on (or deadlock with) the jobs they watch.
     */
    private static long count(String dataSource, String sql) {
        try (Connection c = InsideServer.database(dataSource)) {
            c.setTransactionIsolation(Connection.TRANSACTION_READ_UNCOMMITTED);
            try (PreparedStatement query = c.prepareStatement(sql); ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (Exception e) {
            return -1;
        }
    }

    private static void execute(String dataSource, String sql) throws Exception {
        try (Connection c = InsideServer.database(dataSource); PreparedStatement statement = c.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }

    private static double seconds(long startNanos) {
        return Math.round((System.nanoTime() - startNanos) / 1e8) / 10.0;
    }

    private void line(String text) {
        report.add(text);
        System.out.println(text);
    }
}
