package org.fooddelivery.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.EngineFilter.includeEngines;

/**
 * Runs the property-based API fuzzing ({@link ApiFuzzProperties}, jqwik) while Arquillian has the
 * server up: jqwik is an engine of its own beside Jupiter, so it is launched from here, after the
 * operations are read from the server's OpenAPI document and a finished order exists to watch.
 * {@code -Dfood.fuzz.tries=N} sets the number of generated requests (default 300).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiFuzzIT {

    /**
     * Left out: the stand-ins of the external systems (standin-war, /standins: the card acquirer,
     * KakaoTalk), which are no part of the platform's API, answer in their systems' own shapes
     * (Kakao's errors) and whose drills' whole point is to make the platform answer 503;
     * everything else is fuzzed, admin operations included.
     */
    private static final String STAND_INS = "/standins/";

    @Deployment(testable = false)
    static WebArchive probe() {
        return Probe.empty("api-fuzz-probe");
    }

    @Test
    void generatedRequestsForEveryOperationAreAnsweredWithASuccessOrAProblemThatChangesNothing() {
        FoodApi.Reply document = FoodApi.send(FoodApi.authorized(null, "/openapi?format=JSON").GET());
        assertEquals(200, document.status(), document::toString);
        List<ApiFuzzProperties.Operation> operations = ApiFuzzProperties.operationsOf(document.json()).stream()
                .filter(op -> !op.path().startsWith(STAND_INS)).toList();
        assertFalse(operations.isEmpty());

        String finished = Saga.place("customer1", 1, 12, 1);
        FoodApi.post("customer1", "/orders/" + finished + "/cancel", "{}");
        Saga.awaitStatus("customer1", finished, "CANCELLED");
        Saga.awaitPayment("customer1", finished, "REFUNDED");
        String open = Saga.place("customer2", 2, 21, 1);
        PlatformState.finishedOrderId = finished;
        ApiFuzzProperties.operations = operations;
        ApiFuzzProperties.knownIds = List.of(finished, open, "1", "2", "11", "12", "21", "99");

        Map<String, String> restore = whatTheFuzzingMayChange();
        try {
            fuzz(operations);
        } finally {
            Saga.closeLeftovers();
            restore.forEach((path, body) -> FoodApi.put(path.startsWith("/kitchen/stores/1") ? "owner1" : "owner2", path, body));
        }
    }

    private static void fuzz(List<ApiFuzzProperties.Operation> operations) {
        int tries = Integer.getInteger("food.fuzz.tries", 300);
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(ApiFuzzProperties.class))
                .filters(includeEngines("jqwik"))
                .configurationParameter("jqwik.tries.default", String.valueOf(tries))
                .configurationParameter("jqwik.database", "target/jqwik-database")
                .configurationParameter("jqwik.reporting.usejunitplatform", "true")
                .build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        long started = System.nanoTime();
        LauncherFactory.create().execute(request, listener, new TestExecutionListener() {
            @Override // jqwik's report (tries, checks, seed) and statistics, for the build log
            public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
                entry.getKeyValuePairs().forEach((key, value) -> System.out.println("[jqwik] " + key + ": " + value));
            }
        });
        TestExecutionSummary summary = listener.getSummary();
        System.out.printf("API fuzzing: %d operations, %d tries, %d s%n", operations.size(), tries,
                (System.nanoTime() - started) / 1_000_000_000);

        StringWriter failures = new StringWriter();
        summary.printFailuresTo(new PrintWriter(failures), 30);
        assertEquals(0, summary.getTotalFailureCount(), failures::toString);
        assertEquals(1, summary.getTestsSucceededCount(), "the property ran");
    }

    /**
     * What generated requests may rightly change that later test classes rely on: each dish's stock
     * on hand and each store's thank-you text, as the PUT that sets it back.
     */
    private static Map<String, String> whatTheFuzzingMayChange() {
        Map<String, String> restore = new LinkedHashMap<>();
        for (long store : new long[]{1, 2}) {
            String owner = store == 1 ? "owner1" : "owner2";
            FoodApi.get(owner, "/kitchen/stores/" + store + "/menu").array().stream().map(JsonValue::asJsonObject)
                    .forEach(d -> restore.put("/kitchen/stores/" + store + "/menu/" + d.getInt("id") + "/stock",
                            Json.createObjectBuilder().add("stock", d.getInt("onHand")).build().toString()));
            JsonObject view = FoodApi.get(owner, "/kitchen/stores/" + store).json();
            if (view.get("thankYouMessage") instanceof JsonString text) {
                restore.put("/kitchen/stores/" + store + "/thank-you",
                        Json.createObjectBuilder().add("message", text.getString()).build().toString());
            }
        }
        return restore;
    }
}
