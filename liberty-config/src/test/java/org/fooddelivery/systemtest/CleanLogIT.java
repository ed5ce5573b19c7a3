package org.fooddelivery.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.fooddelivery.systemtest.FoodApi.put;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An operator reads messages.log to find what went wrong; every error or warning printed in normal
 * operation teaches them to ignore it. The server's start and a set of ordinary sagas run at once
 * (the first events of an order race each other on four subscriptions) must log neither, except
 * the warnings listed here with the reason they are expected.
 */
@ExtendWith(ArquillianExtension.class)
class CleanLogIT {

    /** A line of Liberty's messages.log: [date] thread logger level message. */
    private static final Pattern LOG_LINE = Pattern.compile("^\\[[^]]+] \\p{XDigit}+ (\\S+)\\s+([EW]) (.*)$",
            Pattern.MULTILINE);

    /** Warnings that normal operation may print, each with why it is expected. */
    private static final List<Pattern> EXPLAINED_WARNINGS = List.of(
            // Liberty's default keystore is made at the first start of a fresh server directory.
            Pattern.compile("CWPKI0820W|CWPKI0803A"),
            // A server stopped (or killed) while writing its OpenAPI cache finds it truncated at the
            // next start; Liberty ignores the cache and builds the documents anew.
            Pattern.compile("CWWKO1688W: .* The error is java.io.EOFException"));

    @Deployment
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "clean-log-probe.war").addPackage(FoodApi.class.getPackage());
    }

    @AfterEach
    void closeWhatWasLeftOpen() {
        Saga.closeLeftovers();
    }

    @Test
    void theServersStartLogsNoErrorAndNoUnexplainedWarning() throws Exception {
        String log = Files.readString(InsideServer.messagesLog());
        int ready = log.indexOf("CWWKF0011I");
        String start = ready < 0 ? log : log.substring(0, ready);
        assertEquals(List.of(), unexplained(start), "errors and warnings while the server started");
    }

    @Test
    void ordinarySagasLogNoErrorAndNoUnexplainedWarning() throws Exception {
        long offset = InsideServer.logLength();

        // Two orders at once, so their first events meet on the subscriptions as in production.
        List<CompletableFuture<Void>> completed = IntStream.rangeClosed(1, 2)
                .mapToObj(i -> CompletableFuture.runAsync(() -> {
                    String orderId = Saga.place("customer" + i, 1, 11, 1);
                    Saga.complete("owner1", "customer" + i, orderId);
                }))
                .toList();
        completed.forEach(CompletableFuture::join);
        String rejected = Saga.place("customer1", 1, 13, 1);
        Saga.awaitTicket("owner1", rejected, "RECEIVED");
        FoodApi.post("owner1", "/kitchen/tickets/" + rejected + "/reject", "{\"reason\": \"closing early\"}");
        Saga.awaitStatus("customer1", rejected, "REJECTED");
        String cancelled = Saga.place("customer2", 1, 13, 1);
        Saga.awaitTicket("owner1", cancelled, "RECEIVED");
        FoodApi.post("customer2", "/orders/" + cancelled + "/cancel", "");
        Saga.awaitStatus("customer2", cancelled, "CANCELLED");
        String changed = Saga.place("customer1", 1, 11, 1);
        Saga.awaitTicket("owner1", changed, "RECEIVED");
        put("customer1", "/orders/" + changed + "/items", "{\"items\":[{\"menuId\":13,\"quantity\":2}]}");
        Saga.awaitOrder("customer1", changed, o -> o.getJsonNumber("totalAmount").longValue() == 2000,
                "the change to two radishes to apply");

        assertEquals(List.of(), unexplained(InsideServer.logSince(offset)), "errors and warnings during the sagas");
    }

    /**
     * Whichever first event of an order is consumed first creates its tracking row, and the
     * projection's four subscriptions consume at once. Events that only the read model takes
     * (so no other service acts on these made-up orders) are published together for many orders:
     * no consumer may fail on the row another one created, and every view must end complete.
     */
    @Test
    void firstEventsRacingToCreateTheTrackingRowLogNothingAndAllLand() throws Exception {
        long offset = InsideServer.logLength();
        List<String> orders = IntStream.range(0, 15).mapToObj(i -> "race-" + UUID.randomUUID()).toList();
        // Three sends take a millisecond or two; the three deliveries then run at once.
        for (String orderId : orders) {
            publish("jms/topic/kitchenEvents", "TicketCreated", orderId, Json.createObjectBuilder()
                    .add("orderId", orderId).add("storeId", 1).add("storeName", "Gangnam Chicken House").build());
            publish("jms/topic/paymentEvents", "PaymentApproved", orderId, Json.createObjectBuilder()
                    .add("orderId", orderId).add("paymentId", "p-" + orderId).add("customerId", "nobody")
                    .add("amount", 1000).build());
            publish("jms/topic/paymentEvents", "PaymentSettled", orderId, Json.createObjectBuilder()
                    .add("orderId", orderId).add("paymentId", "p-" + orderId).add("settledAmount", 1000).build());
        }
        for (String orderId : orders) {
            Saga.await(() -> Optional.of(InsideServer.countRows("jdbc/orderDS", "SELECT COUNT(*) FROM ORDER_TRACKING"
                            + " WHERE ORDERID = ? AND STORENAME IS NOT NULL AND PAYMENTSTATUS IS NOT NULL", orderId))
                    .filter(n -> n == 1), "the view of " + orderId + " to have its store and payment");
        }
        assertEquals(List.of(), unexplained(InsideServer.logSince(offset)), "errors and warnings of the racing consumers");
    }

    private static void publish(String topic, String type, String orderId, JsonObject payload) {
        String envelope = Json.createObjectBuilder().add("eventId", UUID.randomUUID().toString()).add("eventType", type)
                .add("orderId", orderId).add("occurredAt", Instant.now().toString()).add("payload", payload)
                .build().toString();
        try {
            InsideServer.publish(topic, type, orderId, envelope);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> unexplained(String log) {
        Matcher line = LOG_LINE.matcher(log);
        List<String> found = new ArrayList<>();
        while (line.find()) {
            String entry = line.group(1) + " " + line.group(2) + " " + line.group(3);
            if (line.group(2).equals("E") || EXPLAINED_WARNINGS.stream().noneMatch(p -> p.matcher(entry).find())) {
                found.add(entry.length() > 300 ? entry.substring(0, 300) : entry);
            }
        }
        return found;
    }
}
