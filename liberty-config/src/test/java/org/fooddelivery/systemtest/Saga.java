package org.fooddelivery.systemtest;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.time.Duration;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.fooddelivery.systemtest.FoodApi.GOOD_CARD;
import static org.fooddelivery.systemtest.FoodApi.get;
import static org.fooddelivery.systemtest.FoodApi.orderJson;
import static org.fooddelivery.systemtest.FoodApi.post;
import static org.fooddelivery.systemtest.FoodApi.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Driving and observing the saga through the public API. Every step after placing an order is
 * asynchronous, so observations poll until the expected state shows up or a deadline passes.
 */
final class Saga {

    static final Duration DEADLINE = Duration.ofSeconds(20);

    private Saga() {
    }

    /** Orders placed by a test, so it can close what it leaves open (see {@link #closeLeftovers()}). */
    private static final Queue<Placed> PLACED = new ConcurrentLinkedQueue<>();

    private record Placed(String orderId, String customer, String owner) {
    }

    /** Places contract §5's example order with a good card; it must be accepted (201). */
    static String place(String customer, long storeId, long menuId, int quantity) {
        FoodApi.Reply reply = placeOrder(customer, orderJson(storeId, menuId, quantity, GOOD_CARD));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getString("id");
    }

    /** Places an order if the platform takes it (201), remembered for closing; empty if refused (e.g. 503 under load). */
    static Optional<String> tryPlace(String customer, long storeId, long menuId, int quantity) {
        FoodApi.Reply reply = placeOrder(customer, orderJson(storeId, menuId, quantity, GOOD_CARD));
        return reply.status() == 201 ? Optional.of(reply.json().getString("id")) : Optional.empty();
    }

    /**
     * Every order a system test places goes through here, whatever answer it expects: a placed one
     * (201) is remembered so {@link #closeLeftovers()} closes it after the test.
     */
    static FoodApi.Reply placeOrder(String customer, String orderJson) {
        FoodApi.Reply reply = post(customer, "/orders", orderJson);
        if (reply.status() == 201) {
            JsonObject order = reply.json();
            PLACED.add(new Placed(order.getString("id"), customer,
                    order.getJsonNumber("storeId").longValue() == 1 ? "owner1" : "owner2"));
        }
        return reply;
    }

    /**
     * Rejects the orders a test left before cooking and waits until each is closed. Otherwise the
     * store timeout would reject them seconds later, giving their stock back, refunding and
     * messaging the customer in the middle of another test. A ticket not there yet (404) is waited
     * for; one already closed or cooking (409) is left as it is.
     */
    static void closeLeftovers() {
        for (Placed order; (order = PLACED.poll()) != null; ) {
            Placed o = order;
            int status = await(() -> Optional.of(post(o.owner(), "/kitchen/tickets/" + o.orderId() + "/reject",
                            "{\"reason\": \"test finished\"}").status()).filter(s -> s != 404),
                    "the ticket of " + o.orderId() + " to reach the kitchen, to close it");
            if (status == 200) {
                awaitStatus(o.customer(), o.orderId(), "REJECTED");
            }
        }
    }

    static JsonObject order(String customer, String orderId) {
        FoodApi.Reply reply = get(customer, "/orders/" + orderId);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    static JsonObject awaitOrder(String customer, String orderId, Predicate<JsonObject> condition, String what) {
        return await(() -> Optional.of(order(customer, orderId)).filter(condition), "order " + orderId + " " + what);
    }

    static JsonObject awaitStatus(String customer, String orderId, String status) {
        return awaitOrder(customer, orderId, o -> status.equals(o.getString("status")), "to be " + status);
    }

    static JsonObject payment(String customer, String orderId) {
        FoodApi.Reply reply = get(customer, "/payments?orderId=" + orderId);
        assertEquals(200, reply.status(), reply::toString);
        return reply.array().stream().map(JsonValue::asJsonObject)
                .filter(p -> !"DECLINED".equals(p.getString("status"))).findFirst().orElseThrow();
    }

    static JsonObject awaitPayment(String customer, String orderId, String status) {
        return await(() -> Optional.of(payment(customer, orderId)).filter(p -> status.equals(p.getString("status"))),
                "payment of " + orderId + " to be " + status);
    }

    /** The owner's ticket for the order, once the kitchen has it. */
    static JsonObject awaitTicket(String owner, String orderId, String status) {
        return await(() -> get(owner, "/kitchen/tickets").array().stream().map(JsonValue::asJsonObject)
                .filter(t -> orderId.equals(t.getString("orderId")) && status.equals(t.getString("status")))
                .findFirst(), "ticket " + orderId + " to be " + status);
    }

    static FoodApi.Reply ticketCommand(String owner, String orderId, String command) {
        return post(owner, "/kitchen/tickets/" + orderId + "/" + command, "{}");
    }

    /** What can still be ordered of the dish: the menu's {@code stock}, on hand − reserved. */
    static int stock(long storeId, long menuId) {
        return dish(storeId, menuId).getInt("stock");
    }

    /** The dish as the menu shows it: {@code stock} (available), {@code onHand}, {@code reserved}, {@code shortfall}. */
    static JsonObject dish(long storeId, long menuId) {
        return get("customer1", "/kitchen/stores/" + storeId + "/menu").array().stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getJsonNumber("id").longValue() == menuId).findFirst().orElseThrow();
    }

    static void setStock(String owner, long storeId, long menuId, int stock) {
        FoodApi.Reply reply = put(owner, "/kitchen/stores/" + storeId + "/menu/" + menuId + "/stock",
                "{\"stock\": " + stock + "}");
        assertEquals(200, reply.status(), reply::toString);
    }

    /** Drives an order through acceptance and cooking to READY. */
    static void cook(String owner, String orderId) {
        awaitTicket(owner, orderId, "RECEIVED");
        assertEquals(200, ticketCommand(owner, orderId, "accept").status());
        assertEquals(200, ticketCommand(owner, orderId, "start").status());
        assertEquals(200, ticketCommand(owner, orderId, "finish").status());
    }

    /** Drives an order all the way: cooked, picked up by rider1, received by its customer. */
    static void complete(String owner, String customer, String orderId) {
        cook(owner, orderId);
        awaitStatus(customer, orderId, "READY");
        Saga.await(() -> Optional.of(post("rider1", "/delivery/deliveries/" + orderId + "/pickup", "{}").status())
                .filter(s -> s == 200), "rider1 to pick up " + orderId);
        awaitStatus(customer, orderId, "PICKED_UP");
        FoodApi.Reply confirmed = post(customer, "/orders/" + orderId + "/confirm-delivery", "{}");
        assertEquals(200, confirmed.status(), confirmed::toString);
    }

    static <T> T await(Supplier<Optional<T>> probe, String what) {
        return await(probe, DEADLINE, what);
    }

    static <T> T await(Supplier<Optional<T>> probe, Duration limit, String what) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            sleep(100);
        }
        return fail("timed out after " + limit.toSeconds() + " s waiting for " + what);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
