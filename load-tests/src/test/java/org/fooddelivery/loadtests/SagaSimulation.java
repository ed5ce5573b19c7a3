package org.fooddelivery.loadtests;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiPredicate;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAsDuring;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.doSwitchOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitHereIfFailed;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.onCase;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Whole sagas under load. Each virtual user is one order: its customer places it, its store's
 * owner sees the ticket and answers, a rider picks it up, the customer confirms, until the tracking
 * view shows it COMPLETED and SETTLED. One order in ten is rejected by the owner, one in ten
 * cancelled, one in twenty changed (then completed), one in twenty out of stock (a dish the run set
 * to 0). Closed workload: SAGA_USERS orders in flight for SAGA_SECONDS ("full"), then half as many
 * for as long ("half"), to read the latencies at half the maximum load.
 *
 * Measured besides Gatling's per-request statistics (Results): sagas finished per phase and kind,
 * read-model lag (a command's 2xx until the tracking view shows it: place → the view exists,
 * confirm → COMPLETED), the server's transaction counters (/metrics) per phase, the backlog's drain
 * after the full phase, and the heap.
 */
public class SagaSimulation extends Simulation {

    static final int USERS = Platform.envInt("SAGA_USERS", 8);
    static final int SECONDS = Platform.envInt("SAGA_SECONDS", 60);
    /** One order at a time first, not measured: a cold server's first sagas are slow (docs/performance.md). */
    static final int WARMUP_SECONDS = Platform.envInt("SAGA_WARMUP_SECONDS", 15);
    /** The half-load phase; as long as the full one unless set (the soak keeps it short). */
    static final int HALF_SECONDS = Platform.envInt("SAGA_HALF_SECONDS", SECONDS);
    static final long POLL_MS = 10;
    static final Results RESULTS = new Results();

    static final long STORE = 1;
    static final long DISH = 17;
    static final long CHANGED_DISH = 13;
    /** Set to 0 on hand for the run: orders of it are rejected OUT_OF_STOCK. */
    static final long SOLD_OUT_DISH = 15;

    static final List<String> CUSTOMERS = List.of("customer1", "customer2");
    static final List<String> RIDERS = List.of("rider1", "rider3");
    static final String OWNER = "owner1";

    final java.util.Map<String, String> tokens = new java.util.HashMap<>();
    final AtomicLong orders = new AtomicLong();
    final ServerCounters counters = new ServerCounters(RESULTS);

    HttpProtocolBuilder protocol = http.baseUrl(Platform.BASE).acceptHeader("application/json")
            .contentTypeHeader("application/json").shareConnections();

    {
        for (String user : List.of("customer1", "customer2", "rider1", "rider3", OWNER)) {
            tokens.put(user, Platform.token(user));
        }
        // The owner keeps the shelf full for the run (a count, as the owner's API does it), and one
        // dish empty for the out-of-stock share.
        String owner = tokens.get(OWNER);
        Platform.put(owner, "/kitchen/stores/1/menu/" + DISH + "/stock", "{\"stock\": 1000000, \"reason\": \"load test\"}");
        Platform.put(owner, "/kitchen/stores/1/menu/" + CHANGED_DISH + "/stock", "{\"stock\": 1000000, \"reason\": \"load test\"}");
        Platform.put(owner, "/kitchen/stores/1/menu/" + SOLD_OUT_DISH + "/stock", "{\"stock\": 0, \"reason\": \"load test\"}");

        PopulationBuilder full = saga("full").injectClosed(constantConcurrentUsers(USERS).during(SECONDS));
        PopulationBuilder half = saga("half").injectClosed(constantConcurrentUsers(Math.max(1, USERS / 2)).during(HALF_SECONDS));
        PopulationBuilder warmup = saga("warmup").injectClosed(constantConcurrentUsers(1).during(WARMUP_SECONDS));
        setUp(warmup.andThen(marker("start").injectOpen(atOnceUsers(1))
                .andThen(full.andThen(marker("full").injectOpen(atOnceUsers(1))
                        .andThen(half.andThen(marker("half").injectOpen(atOnceUsers(1))))))))
                .protocols(protocol);
    }

    /** A one-user scenario between phases: snapshots the server's counters (and waits for the backlog after "full"). */
    ScenarioBuilder marker(String phaseEnded) {
        return scenario("marker " + phaseEnded).exec(session -> {
            counters.mark(phaseEnded, "full".equals(phaseEnded));
            return session;
        });
    }

    ScenarioBuilder saga(String phase) {
        return scenario("saga " + phase).exec(
                exec(session -> {
                    long n = orders.incrementAndGet();
                    int slot = (int) (n % 20);
                    String kind = slot < 2 ? "rejected" : slot < 4 ? "cancelled" : slot == 4 ? "changed"
                            : slot == 5 ? "out-of-stock" : "completed";
                    return session.setAll(java.util.Map.of("kind", kind, "phase", phase, "sagaStart", System.nanoTime(),
                            "customer", "Bearer " + tokens.get(CUSTOMERS.get((int) (n % 2))),
                            "rider", "Bearer " + tokens.get(RIDERS.get((int) ((n / 2) % 2))),
                            "owner", "Bearer " + tokens.get(OWNER),
                            "dish", "out-of-stock".equals(kind) ? SOLD_OUT_DISH : DISH));
                }),
                http(phase + " POST /orders").post("/orders").header("Authorization", "#{customer}")
                        .body(StringBody("""
                                {"storeId": 1, "items": [{"menuId": #{dish}, "quantity": 1}],
                                 "deliveryAddress": {"area": "gangnam", "street": "Teheran-ro 1", "lat": 37.498, "lng": 127.027},
                                 "card": {"number": "4111111111111111"}}"""))
                        .check(status().is(201), jsonPath("$.id").saveAs("id")),
                exitHereIfFailed(),
                exec(session -> session.set("commandAt", System.nanoTime())),
                await(phase, "tracking view exists", "customer", "/orders/#{id}/tracking", (s, b) -> s == 200),
                lag(phase, "place"),
                doSwitchOrElse("#{kind}").on(
                        onCase("rejected").then(exec(ticketVisible(phase),
                                command(phase, "POST reject", "owner", "/kitchen/tickets/#{id}/reject", "{\"reason\": \"load test\"}", 200),
                                orderStatus(phase, "REJECTED"))),
                        onCase("out-of-stock").then(orderStatus(phase, "REJECTED")),
                        onCase("cancelled").then(exec(
                                command(phase, "POST cancel", "customer", "/orders/#{id}/cancel", "{}", 202),
                                orderStatus(phase, "CANCELLED"))),
                        onCase("changed").then(exec(
                                http(phase + " PUT items").put("/orders/#{id}/items").header("Authorization", "#{customer}")
                                        .body(StringBody("{\"items\": [{\"menuId\": " + DISH + ", \"quantity\": 1}, {\"menuId\": "
                                                + CHANGED_DISH + ", \"quantity\": 2}]}"))
                                        .check(status().is(202)),
                                await(phase, "change answered", "customer", "/orders/#{id}",
                                        (s, b) -> s == 200 && !"CHANGE_REQUESTED".equals(Platform.field(b, "status"))),
                                completion(phase)))
                ).orElse(completion(phase)),
                exec(session -> {
                    RESULTS.sample(phase + ".saga.ms", (System.nanoTime() - session.getLong("sagaStart")) / 1_000_000);
                    RESULTS.increment(phase + ".finished." + session.getString("kind"));
                    counters.finished(phase);
                    return session;
                }));
    }

    ChainBuilder completion(String phase) {
        return exec(ticketVisible(phase),
                command(phase, "POST accept", "owner", "/kitchen/tickets/#{id}/accept", "{}", 200),
                command(phase, "POST start", "owner", "/kitchen/tickets/#{id}/start", "{}", 200),
                command(phase, "POST finish", "owner", "/kitchen/tickets/#{id}/finish", "{}", 200),
                await(phase, "delivery visible", "rider", "/delivery/deliveries/#{id}", (s, b) -> s == 200),
                command(phase, "POST pickup", "rider", "/delivery/deliveries/#{id}/pickup", "{}", 200),
                orderStatus(phase, "PICKED_UP"),
                command(phase, "POST confirm-delivery", "customer", "/orders/#{id}/confirm-delivery", "{}", 200),
                exec(session -> session.set("commandAt", System.nanoTime())),
                await(phase, "tracking COMPLETED", "customer", "/orders/#{id}/tracking",
                        (s, b) -> s == 200 && "COMPLETED".equals(Platform.field(b, "status"))),
                lag(phase, "confirm"),
                await(phase, "tracking SETTLED", "customer", "/orders/#{id}/tracking",
                        (s, b) -> s == 200 && "SETTLED".equals(Platform.field(b, "paymentStatus"))));
    }

    ChainBuilder ticketVisible(String phase) {
        return await(phase, "ticket visible", "owner", "/kitchen/tickets?status=RECEIVED", (s, b) -> s == 200 && b.contains("#ID#"));
    }

    ChainBuilder orderStatus(String phase, String status) {
        return await(phase, "order " + status, "customer", "/orders/#{id}",
                (s, b) -> s == 200 && status.equals(Platform.field(b, "status")));
    }

    static ChainBuilder command(String phase, String name, String role, String path, String body, int expected) {
        return exec(http(phase + " " + name).post(path).header("Authorization", "#{" + role + "}")
                .body(StringBody(body)).check(status().is(expected))).exitHereIfFailed();
    }

    static ChainBuilder lag(String phase, String command) {
        return exec(session -> {
            RESULTS.sample(phase + ".lag." + command + ".ms", (System.nanoTime() - session.getLong("commandAt")) / 1_000_000);
            return session;
        });
    }

    /**
     * Polls GET path every POLL_MS until done(status, body) (the body's "#ID#" stands for the
     * order id), for at most 60 s; a saga that never gets there is marked failed and stops.
     */
    static ChainBuilder await(String phase, String what, String role, String path, BiPredicate<Integer, String> done) {
        String flag = "done";
        return exec(session -> session.set(flag, false))
                .exec(asLongAsDuring(session -> !session.getBoolean(flag), Duration.ofSeconds(60)).on(
                        exec(http(phase + " poll " + what).get(path).header("Authorization", "#{" + role + "}")
                                .check(status().saveAs("st"), bodyString().saveAs("body")))
                                .exec(session -> session.set(flag, done.test(session.getInt("st"),
                                        session.getString("body").replace(session.getString("id"), "#ID#"))))
                                .doIf(session -> !session.getBoolean(flag)).then(pause(Duration.ofMillis(POLL_MS)))))
                .exec(session -> {
                    if (session.getBoolean(flag)) {
                        return session;
                    }
                    RESULTS.increment(phase + ".failed." + what);
                    return session.markAsFailed();
                })
                .exitHereIfFailed();
    }

    @Override
    public void after() {
        counters.close();
        RESULTS.put("saga.users", USERS);
        RESULTS.put("saga.seconds", SECONDS);
        RESULTS.write();
    }
}
