package org.fooddelivery.loadtests;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The stack's ceiling, in the same server as the product (the ceiling WAR of this module): a
 * trivial GET, then the one-XA-transaction POST whose message a durable MDB consumes in a second
 * transaction. CEILING_USERS clients loop without pause for CEILING_SECONDS each, as wrk would.
 * After the load, waits until the listener has consumed every record (its backlog drained).
 */
public class CeilingSimulation extends Simulation {

    static final int USERS = Platform.envInt("CEILING_USERS", 8);
    static final int SECONDS = Platform.envInt("CEILING_SECONDS", 30);
    static final Results RESULTS = new Results();

    HttpProtocolBuilder protocol = http.baseUrl(Platform.BASE + "/ceiling").acceptHeader("application/json")
            .shareConnections();

    ScenarioBuilder get = scenario("ceiling GET").exec(
            during(Duration.ofSeconds(Math.max(2, SECONDS / 3))).on(
                    exec(http("ceiling GET /ping").get("/ping").check(status().is(200)))));

    ScenarioBuilder warmup = scenario("ceiling POST warm-up").exec(
            during(Duration.ofSeconds(3)).on(
                    exec(http("ceiling warm-up POST /records").post("/records").check(status().is(201)))));

    ScenarioBuilder post = scenario("ceiling POST").exec(
            exec(session -> {
                RESULTS.put("ceiling.post.start.ms", System.currentTimeMillis());
                return session;
            }),
            during(Duration.ofSeconds(SECONDS)).on(
                    exec(http("ceiling POST /records").post("/records").check(status().is(201)))));

    {
        setUp(get.injectOpen(atOnceUsers(USERS))
                .andThen(warmup.injectOpen(atOnceUsers(1)).andThen(post.injectOpen(atOnceUsers(USERS)))))
                .protocols(protocol);
    }

    @Override
    public void after() {
        long loadEnd = System.currentTimeMillis();
        long deadline = loadEnd + 60_000;
        String body = "";
        while (System.currentTimeMillis() < deadline) {
            body = Platform.get("none", "/ceiling/records/consumed");
            String consumed = number(body, "consumed");
            if (consumed != null && consumed.equals(number(body, "recorded"))) {
                break;
            }
            sleep(100);
        }
        RESULTS.put("ceiling.users", USERS);
        RESULTS.put("ceiling.seconds", SECONDS);
        RESULTS.put("ceiling.drain.ms", System.currentTimeMillis() - loadEnd);
        RESULTS.put("ceiling.consumed", number(body, "consumed"));
        RESULTS.put("ceiling.recorded", number(body, "recorded"));
        RESULTS.write();
    }

    static String number(String json, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
