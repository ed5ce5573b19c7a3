/*
 * Crash drill, driven by crash-drill.sh (issue 8, item 7): mixed sagas run while the server is
 * killed (kill -9) and restarted; clients retry as real apps do; afterwards every invariant of the
 * saga is checked and printed as a pass/fail table. Only a JDK is needed.
 *
 *   java CrashDrill.java prepare <state-dir> [baseUrl]                    sets the drill's stock, records the start
 *   java CrashDrill.java run <orders> <clients> <state-dir> [baseUrl]     drives the sagas, records every order id
 *   java CrashDrill.java verify <state-dir> [baseUrl] [kakaoStandInUrl]   checks, exits 1 on any violation
 *
 * A second, narrower form for a topology started with its production times (the distributed
 * smoke kills one order-war replica while orders come in; no timer of the saga fires within its
 * minutes, so only placement can be checked):
 *
 *   java CrashDrill.java place <seconds> <clients> <state-dir> [baseUrl]    places one-portion orders, records those confirmed
 *   java CrashDrill.java verify-placed <state-dir> [baseUrl]                each confirmed order stored, ticketed, paid, tracked; stock reserved once
 *
 * Sagas, one in five each: completed (accept, cook, pickup, confirm), rejected by the store,
 * cancelled by the customer, changed (one portion to two) and then completed, out of stock (a dish
 * with nothing on hand). A client retries every call that failed for want of a server (connection
 * refused or cut, 5xx) until it gets an answer, re-reading the order's state before a command that
 * is not idempotent; an order whose 201 the crash cut is found again by the street it was placed
 * with (the app's own reference), as a real app would look in "my orders" before ordering again.
 * Whatever a client cannot finish, the platform must: store timeout, auto-confirmation,
 * redelivery. Invariants (all orders of the run, found through the customer's order list):
 * every order final; net charge = total for COMPLETED, 0 otherwise; stock on hand = start minus
 * what completed orders consumed, nothing left reserved; one KakaoTalk message per status and one
 * thank-you per completed order, all sent, none twice at the channel; the read model agrees with the
 * order; nothing parked. Nothing in doubt (Liberty's transaction recovery) is crash-drill.sh's check.
 */

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

public class CrashDrill {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    static final String CUSTOMER = "customer1";
    static final String OWNER = "owner1";
    static final String RIDER = "rider1";
    static final long STORE = 1;
    static final long DISH = 16;        // Chicken salad, 9000 won: the drill's dish, no system test counts it
    static final long EMPTY_DISH = 15;  // set to nothing on hand: the out-of-stock sagas
    static final int ON_HAND = 100000;
    static final String[] SAGAS = {"complete", "reject", "cancel", "change", "out-of-stock"};
    static final Set<String> FINAL = Set.of("COMPLETED", "REJECTED", "CANCELLED");
    static final Set<String> LIFECYCLE = Set.of("PLACED", "ACCEPTED", "COOKING", "READY", "PICKED_UP", "COMPLETED",
            "REJECTED", "CANCELLED");
    static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    static String base = "http://localhost:9080";
    static String kakao;

    public static void main(String[] args) throws Exception {
        boolean counted = args[0].equals("run") || args[0].equals("place");
        Path state = Path.of(args[counted ? 3 : 1]);
        switch (args[0]) {
            case "prepare" -> {
                if (args.length > 2) base = args[2];
                prepare(state);
            }
            case "run" -> {
                if (args.length > 4) base = args[4];
                run(Integer.parseInt(args[1]), Integer.parseInt(args[2]), state);
            }
            case "place" -> {
                if (args.length > 4) base = args[4];
                place(Integer.parseInt(args[1]), Integer.parseInt(args[2]), state);
            }
            case "verify-placed" -> {
                if (args.length > 2) base = args[2];
                System.exit(verifyPlaced(state) ? 0 : 1);
            }
            default -> {
                if (args.length > 2) base = args[2];
                kakao = args.length > 3 ? args[3] : base + "/standins/kakao";
                System.exit(verify(state) ? 0 : 1);
            }
        }
    }

    // --- prepare ---------------------------------------------------------------------------

    static void prepare(Path state) throws Exception {
        Files.createDirectories(state);
        send("PUT", "/kitchen/stores/" + STORE + "/menu/" + DISH + "/stock", OWNER,
                "{\"stock\": " + ON_HAND + ", \"reason\": \"crash drill\"}");
        send("PUT", "/kitchen/stores/" + STORE + "/menu/" + EMPTY_DISH + "/stock", OWNER,
                "{\"stock\": 0, \"reason\": \"crash drill: out of stock\"}");
        Json dish = dish(DISH);
        Files.writeString(state.resolve("start"), Instant.now() + " " + dish.num("reserved") + "\n");
        log("dish %d: on hand %d, reserved by open orders from before the drill %d; dish %d: nothing on hand",
                DISH, dish.num("onHand"), dish.num("reserved"), EMPTY_DISH);
    }

    // --- run -----------------------------------------------------------------------------------

    static void run(int orders, int clients, Path state) throws Exception {
        String runId = Long.toString(System.currentTimeMillis(), 36);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        Map<String, AtomicInteger> retries = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                for (int n; (n = next.getAndIncrement()) < orders; ) {
                    String saga = SAGAS[n % SAGAS.length];
                    try {
                        String id = new Client(retries).saga(saga, "drill " + runId + " #" + n);
                        if (id != null) {
                            append(state, "orders", id + " " + saga);
                        }
                    } catch (Exception e) {
                        log("saga %d (%s) given up by its client: %s", n, saga, e);
                    }
                    int d = done.incrementAndGet();
                    if (d % 10 == 0 || d == orders) {
                        log("progress: %d/%d sagas driven, retried calls %s", d, orders, retries);
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
    }

    static synchronized void append(Path state, String file, String line) throws IOException {
        Files.writeString(state.resolve(file), line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** One app user driving one saga, retrying as an app does. */
    static final class Client {
        final Map<String, AtomicInteger> retries;

        Client(Map<String, AtomicInteger> retries) {
            this.retries = retries;
        }

        String saga(String saga, String reference) throws Exception {
            String id = place(saga.equals("out-of-stock") ? EMPTY_DISH : DISH, reference);
            if (id == null) {
                return null; // declined or refused: no order
            }
            switch (saga) {
                case "complete" -> complete(id);
                case "reject" -> {
                    awaitTicket(id);
                    call("POST", "/kitchen/tickets/" + id + "/reject", OWNER, "{\"reason\": \"crash drill\"}");
                }
                case "cancel" -> call("POST", "/orders/" + id + "/cancel", CUSTOMER, "{}");
                case "change" -> {
                    awaitTicket(id);
                    change(id);
                    complete(id);
                }
                default -> { } // out of stock: the kitchen rejects it on arrival
            }
            return id;
        }

        /** POST /orders has no idempotency key: after a cut answer, look for the order before placing again. */
        String place(long dish, String reference) throws Exception {
            String body = """
                    {"storeId": %d, "items": [{"menuId": %d, "quantity": 1}],
                     "deliveryAddress": {"area": "gangnam", "street": "%s", "lat": 37.498, "lng": 127.027},
                     "card": {"number": "4111111111111111"}}""".formatted(STORE, dish, reference);
            Instant since = Instant.now().minusSeconds(5);
            for (int attempt = 0; attempt < 100; attempt++) {
                Reply r = tryCall("POST", "/orders", CUSTOMER, body);
                if (r != null && r.status == 201) {
                    return r.json().str("id");
                }
                if (r != null && r.status < 500 && r.status != 429) {
                    return null;
                }
                retried("place");
                sleep(1000);
                String found = findPlaced(reference, since);
                if (found != null) {
                    retried("place-found-again");
                    return found;
                }
            }
            throw new IllegalStateException("could not place " + reference);
        }

        /** The customer's orders since the attempt began, read until the server answers; the one with this street. */
        String findPlaced(String reference, Instant since) throws Exception {
            Reply list = tryCall("GET", "/orders?page=0&size=100", CUSTOMER, null);
            if (list == null || list.status != 200) {
                return null;
            }
            for (Json o : list.json().list()) {
                if (Instant.parse(o.str("createdAt")).isBefore(since)) {
                    continue;
                }
                Reply full = tryCall("GET", "/orders/" + o.str("orderId"), CUSTOMER, null);
                if (full != null && full.status == 200
                        && reference.equals(full.json().get("deliveryAddress").str("street"))) {
                    return o.str("orderId");
                }
            }
            return null;
        }

        void complete(String id) throws Exception {
            awaitTicket(id);
            for (String step : List.of("accept", "start", "finish")) {
                Reply r = call("POST", "/kitchen/tickets/" + id + "/" + step, OWNER, "{}");
                if (r.status != 200 && !ticketAtLeast(id, step)) {
                    return; // rejected meanwhile (store timeout after a long crash): the platform closed it
                }
            }
            if (!"READY".equals(awaitOrder(id, Set.of("READY", "PICKED_UP", "COMPLETED", "REJECTED", "CANCELLED")))) {
                return;
            }
            for (int i = 0; i < 120; i++) {
                Reply r = call("POST", "/delivery/deliveries/" + id + "/pickup", RIDER, "{}");
                if (r.status == 200 || r.status == 409) {
                    break;
                }
                sleep(500); // 404: the delivery is not on the board yet
            }
            if ("PICKED_UP".equals(awaitOrder(id, Set.of("PICKED_UP", "COMPLETED", "REJECTED", "CANCELLED")))) {
                call("POST", "/orders/" + id + "/confirm-delivery", CUSTOMER, "{}");
            }
        }

        /** A change is not idempotent: before sending it again, see whether the first one arrived. */
        void change(String id) throws Exception {
            for (int attempt = 0; attempt < 60; attempt++) {
                Json order = call("GET", "/orders/" + id, CUSTOMER, null).json();
                if (order.num("totalAmount") > 9000 || !order.str("status").equals("PLACED")
                        && !order.str("status").equals("ACCEPTED")) {
                    break; // taken, being decided, or too late
                }
                Reply r = tryCall("PUT", "/orders/" + id + "/items", CUSTOMER,
                        "{\"items\": [{\"menuId\": " + DISH + ", \"quantity\": 2}]}");
                if (r != null && r.status < 500) {
                    break;
                }
                retried("change");
                sleep(1000);
            }
            awaitOrder(id, Set.of("PLACED", "ACCEPTED", "REJECTED", "CANCELLED"));
        }

        boolean ticketAtLeast(String id, String step) throws Exception {
            String status = ticketStatus(id);
            return switch (step) {
                case "accept" -> Set.of("ACCEPTED", "COOKING", "READY", "COMPLETED").contains(status);
                case "start" -> Set.of("COOKING", "READY", "COMPLETED").contains(status);
                default -> Set.of("READY", "COMPLETED").contains(status);
            };
        }

        void awaitTicket(String id) throws Exception {
            for (int i = 0; i < 240 && ticketStatus(id) == null; i++) {
                sleep(250);
            }
        }

        String ticketStatus(String id) throws Exception {
            for (Json t : call("GET", "/kitchen/tickets", OWNER, null).json().list()) {
                if (id.equals(t.str("orderId"))) {
                    return t.str("status");
                }
            }
            return null;
        }

        /** The first of {@code statuses} the order reaches within a minute, or null. */
        String awaitOrder(String id, Set<String> statuses) throws Exception {
            for (int i = 0; i < 240; i++) {
                String status = call("GET", "/orders/" + id, CUSTOMER, null).json().str("status");
                if (statuses.contains(status)) {
                    return status;
                }
                sleep(250);
            }
            return null;
        }

        /** Retries while the server is away or failing (connection refused, cut, 5xx, 429). */
        Reply call(String method, String path, String user, String body) throws Exception {
            for (int attempt = 0; attempt < 240; attempt++) {
                Reply r = tryCall(method, path, user, body);
                if (r != null && r.status < 500 && r.status != 429) {
                    return r;
                }
                retried(method + " " + path.replaceAll("[0-9a-f-]{36}", "{id}"));
                sleep(1000);
            }
            throw new IllegalStateException(method + " " + path + ": no answer in 4 minutes");
        }

        void retried(String what) {
            retries.computeIfAbsent(what.replaceAll("\\?.*", ""), k -> new AtomicInteger()).incrementAndGet();
        }
    }

    // --- verify --------------------------------------------------------------------------------

    /** What the customer is charged for an order: approved amounts less what was refunded. */
    static long netCharge(String orderId) throws Exception {
        long net = 0;
        for (Json p : read("/payments?orderId=" + orderId, CUSTOMER).list()) {
            if (!"DECLINED".equals(p.str("status"))) {
                net += p.num("amount") - p.num("refundedAmount");
            }
        }
        return net;
    }

    static boolean verify(Path state) throws Exception {
        String[] start = Files.readString(state.resolve("start")).trim().split(" ");
        Instant since = Instant.parse(start[0]);
        int reservedBefore = Integer.parseInt(start[1]);
        Map<String, String> known = new LinkedHashMap<>();
        for (String line : Files.readAllLines(state.resolve("orders"))) {
            if (!line.isBlank()) {
                known.put(line.split(" ")[0], line.split(" ")[1]);
            }
        }
        Map<String, List<String>> violations = new LinkedHashMap<>();
        for (String check : List.of("every order final", "net charge = total if COMPLETED, else 0",
                "stock on hand = start - consumed by COMPLETED", "nothing left reserved", "read model agrees",
                "one message per status, all sent", "one thank-you per COMPLETED", "no message twice at the channel",
                "nothing parked", "every confirmed order listed")) {
            violations.put(check, new ArrayList<>());
        }

        Set<String> all = new HashSet<>(listed(since));
        for (String id : known.keySet()) {
            if (!all.contains(id)) {
                violations.get("every confirmed order listed").add(id + " confirmed to its client, not in the customer's list");
            }
        }
        all.addAll(known.keySet());
        log("verify: %d orders of the run (%d known to their clients); waiting for every one to be final", all.size(), known.size());

        Map<String, Json> orders = new HashMap<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        for (String id : all) {
            Json order = read("/orders/" + id, CUSTOMER);
            while (!FINAL.contains(order.str("status")) && System.nanoTime() < deadline) {
                sleep(1000);
                order = read("/orders/" + id, CUSTOMER);
            }
            orders.put(id, order);
            if (!FINAL.contains(order.str("status"))) {
                violations.get("every order final").add(id + " " + order.str("status"));
            }
        }
        Map<String, Integer> outcomes = new java.util.TreeMap<>();
        orders.values().forEach(o -> outcomes.merge(o.str("status") + (o.str("reason") == null ? "" : " " + o.str("reason")), 1, Integer::sum));
        log("final states: %s", outcomes);

        long consumed = 0;
        sleep(6000); // the thank-you grace (4 s in the drill) and the last sends
        List<Json> channel = read(kakao + "/received", "admin").list();
        Map<String, Integer> atChannel = new HashMap<>();
        for (Json m : channel) {
            atChannel.merge(m.str("templateArgs"), 1, Integer::sum);
        }
        for (Map.Entry<String, Json> e : orders.entrySet()) {
            String id = e.getKey();
            Json order = e.getValue();
            String status = order.str("status");
            boolean completed = status.equals("COMPLETED");
            long expected = completed ? order.num("totalAmount") : 0;
            // The money follows the order's end by an event (a refund, a settlement), which may be
            // redelivered after a lock timeout right after a restart: wait for it, boundedly.
            long net = netCharge(id);
            long settleBy = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (net != expected && System.nanoTime() < settleBy) {
                sleep(1000);
                net = netCharge(id);
            }
            if (net != expected) {
                violations.get("net charge = total if COMPLETED, else 0").add(id + " " + status + " net " + net + ", expected " + expected);
            }
            Json tracking = read("/orders/" + id + "/tracking", CUSTOMER);
            if (!status.equals(tracking.str("status")) || order.num("totalAmount") != tracking.num("totalAmount")) {
                violations.get("read model agrees").add(id + " order " + status + "/" + order.num("totalAmount")
                        + ", tracking " + tracking.str("status") + "/" + tracking.num("totalAmount"));
            }
            List<String> timeline = tracking.get("timeline").list().stream().map(s -> s.str("status")).toList();
            if (completed) {
                for (Json line : order.get("items").list()) {
                    if (line.num("menuId") == DISH) {
                        consumed += line.num("quantity");
                    }
                }
            } else if (timeline.contains("COOKING")) {
                // cooked, then ended otherwise (PAYMENT_VOIDED after cooking started): its portions are gone too
                violations.get("stock on hand = start - consumed by COMPLETED").add(id + " cooked but " + status
                        + " " + order.str("reason"));
            }
            Map<String, Integer> perStatus = new HashMap<>();
            int thanks = 0;
            for (Json n : awaitSent(id)) {
                if ("THANK_YOU".equals(n.str("type"))) {
                    thanks++;
                } else {
                    perStatus.merge(n.str("orderStatus"), 1, Integer::sum);
                }
                if (!"SENT".equals(n.str("state"))) {
                    violations.get("one message per status, all sent").add(id + " " + n.str("orderStatus") + " " + n.str("state"));
                }
            }
            perStatus.keySet().removeIf(s -> !LIFECYCLE.contains(s)); // an escalated request: told once, on top
            Map<String, Integer> once = new HashMap<>(); // the lifecycle steps; requests are shown, not messaged
            timeline.stream().filter(LIFECYCLE::contains).forEach(s -> once.put(s, 1));
            if (!perStatus.equals(once)) {
                violations.get("one message per status, all sent").add(id + " messages " + perStatus + ", timeline " + timeline);
            }
            if (thanks != (completed ? 1 : 0)) {
                violations.get("one thank-you per COMPLETED").add(id + " " + status + " thank-yous " + thanks);
            }
            String prefix = id.substring(0, 8);
            atChannel.forEach((args, count) -> {
                if (count > 1 && args.contains(prefix)) {
                    violations.get("no message twice at the channel").add(id + " " + count + " x " + args);
                }
            });
        }

        Json dish = dish(DISH);
        if (dish.num("onHand") != ON_HAND - consumed) {
            violations.get("stock on hand = start - consumed by COMPLETED").add("on hand " + dish.num("onHand")
                    + ", expected " + ON_HAND + " - " + consumed);
        }
        if (dish.num("reserved") > reservedBefore || dish.num("stock") != Math.max(0, dish.num("onHand") - dish.num("reserved"))) {
            violations.get("nothing left reserved").add("reserved " + dish.num("reserved") + " (before the drill "
                    + reservedBefore + "), available " + dish.num("stock"));
        }
        for (String service : List.of("orders", "kitchen", "delivery", "payments", "notifications")) {
            for (Json p : read("/" + service + "/admin/parked-events", "admin").list()) {
                if (all.contains(p.str("orderId"))) {
                    violations.get("nothing parked").add(service + ": " + p.str("eventType") + " of " + p.str("orderId"));
                }
            }
        }

        boolean passed = true;
        System.out.println();
        System.out.printf("%-48s %-6s %s%n", "invariant", "result", "violations (first 3)");
        for (Map.Entry<String, List<String>> v : violations.entrySet()) {
            boolean ok = v.getValue().isEmpty();
            passed &= ok;
            System.out.printf("%-48s %-6s %s%n", v.getKey(), ok ? "PASS" : "FAIL",
                    ok ? "" : v.getValue().size() + ": " + String.join("; ", v.getValue().subList(0, Math.min(3, v.getValue().size()))));
        }
        System.out.printf("%norders %d, final %s, consumed %d portions (on hand %d -> %d)%n", all.size(), outcomes, consumed,
                ON_HAND, dish.num("onHand"));
        return passed;
    }

    /** Every order of the customer created since the drill began, from "my orders". */
    static List<String> listed(Instant since) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<Json> orders = read("/orders?page=" + page + "&size=100", CUSTOMER).list();
            boolean older = false;
            for (Json o : orders) {
                if (Instant.parse(o.str("createdAt")).isBefore(since)) {
                    older = true;
                } else {
                    ids.add(o.str("orderId"));
                }
            }
            if (orders.size() < 100 || older) {
                return ids;
            }
        }
    }

    /** The order's notifications once none is still PENDING or SENDING (bounded). */
    static List<Json> awaitSent(String id) throws Exception {
        List<Json> all = read("/notifications?orderId=" + id, CUSTOMER).list();
        for (int i = 0; i < 90 && all.stream().anyMatch(n -> Set.of("PENDING", "SENDING").contains(n.str("state"))); i++) {
            sleep(1000);
            all = read("/notifications?orderId=" + id, CUSTOMER).list();
        }
        return all;
    }

    static Json dish(long id) throws Exception {
        for (Json m : read("/kitchen/stores/" + STORE + "/menu", CUSTOMER).list()) {
            if (m.num("id") == id) {
                return m;
            }
        }
        throw new IllegalStateException("dish " + id + " not on the menu");
    }

    // --- placement only (a topology on its production times) ---------------------------------

    /** Places one-portion orders of the drill's dish for a while; the ids confirmed (201) go to {@code placed}. */
    static void place(int seconds, int clients, Path state) throws Exception {
        Files.createDirectories(state);
        Json dish = dish(DISH);
        Files.writeString(state.resolve("placed-start"), dish.num("onHand") + " " + dish.num("reserved") + "\n");
        String order = """
                {"storeId": %d, "items": [{"menuId": %d, "quantity": 1}],
                 "deliveryAddress": {"area": "gangnam", "street": "Teheran-ro 1"},
                 "card": {"number": "4111111111111111"}}""".formatted(STORE, DISH);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        AtomicInteger confirmed = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                while (System.nanoTime() < end) {
                    Reply r = tryCall("POST", "/orders", CUSTOMER, order);
                    if (r != null && r.status == 201) {
                        try {
                            append(state, "placed", r.json().str("id"));
                            confirmed.incrementAndGet();
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    } else {
                        failed.incrementAndGet(); // refused or no answer: the replica is gone, the drill's point
                        sleep(200);
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 30L, TimeUnit.SECONDS);
        log("placing: %d orders confirmed (201), %d attempts failed or refused", confirmed.get(), failed.get());
    }

    /**
     * Every order confirmed to its client went on through every service (stored PLACED, a RECEIVED
     * ticket, an APPROVED payment, the tracking view), and the dish's stock holds: on hand as it was
     * (nothing is cooked), available = on hand - reserved, and each order reserved once. Orders stored
     * but whose 201 the crash cut hold stock too, so reserved may exceed the confirmed ones' by a few.
     */
    static boolean verifyPlaced(Path state) throws Exception {
        String[] start = Files.readString(state.resolve("placed-start")).trim().split(" ");
        long onHandBefore = Long.parseLong(start[0]);
        long reservedBefore = Long.parseLong(start[1]);
        List<String> confirmed = Files.readAllLines(state.resolve("placed")).stream().filter(s -> !s.isBlank()).toList();
        int lost = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        for (String id : confirmed) {
            String missing = missingStep(id);
            while (missing != null && System.nanoTime() < deadline) {
                sleep(500);
                missing = missingStep(id);
            }
            if (missing != null) {
                lost++;
                log("LOST %s: %s", id, missing);
            }
        }
        Set<String> ticketed = new HashSet<>();
        read("/kitchen/tickets", OWNER).list().forEach(t -> ticketed.add(t.str("orderId")));
        long reserved = confirmed.stream().filter(ticketed::contains).count();
        Json dish = dish(DISH);
        log("verify: %d confirmed orders checked, %d not carried through; dish %d: on hand %d (before %d), reserved %d "
                        + "(before the drill %d), available %d; open tickets of confirmed orders %d", confirmed.size(), lost,
                DISH, dish.num("onHand"), onHandBefore, dish.num("reserved"), reservedBefore, dish.num("stock"), reserved);
        boolean stock = dish.num("onHand") == onHandBefore
                && dish.num("stock") == Math.max(0, dish.num("onHand") - dish.num("reserved"))
                && dish.num("reserved") >= reserved
                && dish.num("reserved") <= reservedBefore + reserved + 50;
        if (!stock) {
            log("STOCK inconsistent");
        }
        boolean passed = lost == 0 && stock;
        System.out.println(passed ? "placement drill: PASSED" : "placement drill: FAILED");
        return passed;
    }

    /** null when the order went on through every service, else the first step missing. */
    static String missingStep(String id) {
        Reply order = tryCall("GET", "/orders/" + id, CUSTOMER, null);
        if (order == null || order.status != 200 || !"PLACED".equals(order.json().str("status"))) {
            return "order " + (order == null ? "not answering" : order.status + " " + order.body);
        }
        Reply tickets = tryCall("GET", "/kitchen/tickets?status=RECEIVED", OWNER, null);
        if (tickets == null || tickets.status != 200
                || tickets.json().list().stream().noneMatch(t -> id.equals(t.str("orderId")))) {
            return "no RECEIVED kitchen ticket";
        }
        Reply payments = tryCall("GET", "/payments?orderId=" + id, CUSTOMER, null);
        if (payments == null || payments.status != 200
                || payments.json().list().stream().noneMatch(p -> "APPROVED".equals(p.str("status")))) {
            return "payment " + (payments == null ? "not answering" : payments.body);
        }
        Reply tracking = tryCall("GET", "/orders/" + id + "/tracking", CUSTOMER, null);
        if (tracking == null || tracking.status != 200 || !"PLACED".equals(tracking.json().str("status"))) {
            return "tracking " + (tracking == null ? "not answering" : tracking.status + " " + tracking.body);
        }
        return null;
    }

    // --- HTTP and JSON -------------------------------------------------------------------------

    record Reply(int status, String body) {
        Json json() {
            return Json.parse(body);
        }
    }

    /** A GET that must answer 200 (retried while the server is away). */
    static Json read(String path, String user) throws Exception {
        for (int attempt = 0; attempt < 120; attempt++) {
            Reply r = tryCall("GET", path, user, null);
            if (r != null && r.status == 200) {
                return r.json();
            }
            sleep(1000);
        }
        throw new IllegalStateException("GET " + path + " did not answer 200");
    }

    static Reply send(String method, String path, String user, String body) throws Exception {
        Reply r = tryCall(method, path, user, body);
        if (r == null || r.status >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + (r == null ? "no answer" : r.status + " " + r.body));
        }
        return r;
    }

    /** null when the server did not answer (refused, cut, timed out). A 401 gets a fresh token once. */
    static Reply tryCall(String method, String path, String user, String body) {
        for (int auth = 0; auth < 2; auth++) {
            try {
                String token = TOKENS.get(user);
                if (token == null) {
                    token = token(user);
                    TOKENS.put(user, token);
                }
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                        .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
                HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 401 && auth == 0) {
                    TOKENS.remove(user);
                    continue;
                }
                return new Reply(r.statusCode(), r.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } catch (Exception e) {
                TOKENS.remove(user); // the server is away (refused, cut, timed out): the caller decides
                return null;
            }
        }
        return null;
    }

    static String token(String user) throws Exception {
        // scope as well as contract §6's fields: after a kill -9, clients that ask for tokens while the
        // server starts can leave the exact path /oidc/endpoint/food/token mapped to Liberty's OpenID
        // Connect endpoint instead of the gateway shim bound there a few seconds later, and that
        // endpoint refuses a request without scope (CWOAU0065E) until the next restart. Both
        // endpoints accept it with scope. The product bug is open (docs/performance.md, crash drill).
        String form = "grant_type=password&client_id=food-app&scope=openid%20profile&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                // The embedded default's demo password, or the topology's (FOOD_DEMO_PASSWORD, from secrets.env).
                + "&password=" + URLEncoder.encode(System.getenv().getOrDefault("FOOD_DEMO_PASSWORD", "password"),
                StandardCharsets.UTF_8);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/oidc/endpoint/food/token"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("token for " + user + ": " + r.statusCode());
        }
        return Json.parse(r.body()).str("access_token");
    }

    static void log(String format, Object... args) {
        System.out.printf("%s %s%n", java.time.LocalTime.now().withNano(0), format.formatted(args));
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Just enough JSON: objects, arrays, strings, numbers, true/false/null. */
    static final class Json {
        final Object value;

        Json(Object value) {
            this.value = value;
        }

        static Json parse(String text) {
            int[] at = {0};
            return new Json(parseValue(text, at));
        }

        Json get(String name) {
            return new Json(((Map<?, ?>) value).get(name));
        }

        String str(String name) {
            Object v = ((Map<?, ?>) value).get(name);
            return v == null ? null : v.toString();
        }

        long num(String name) {
            Object v = ((Map<?, ?>) value).get(name);
            return v == null ? 0 : ((Number) v).longValue();
        }

        List<Json> list() {
            return ((List<?>) value).stream().map(Json::new).toList();
        }

        private static Object parseValue(String s, int[] at) {
            skip(s, at);
            char c = s.charAt(at[0]);
            if (c == '{') {
                Map<String, Object> map = new LinkedHashMap<>();
                at[0]++;
                skip(s, at);
                if (s.charAt(at[0]) == '}') {
                    at[0]++;
                    return map;
                }
                while (true) {
                    skip(s, at);
                    String key = (String) parseValue(s, at);
                    skip(s, at);
                    at[0]++; // :
                    map.put(key, parseValue(s, at));
                    skip(s, at);
                    if (s.charAt(at[0]++) == '}') {
                        return map;
                    }
                }
            }
            if (c == '[') {
                List<Object> list = new ArrayList<>();
                at[0]++;
                skip(s, at);
                if (s.charAt(at[0]) == ']') {
                    at[0]++;
                    return list;
                }
                while (true) {
                    list.add(parseValue(s, at));
                    skip(s, at);
                    if (s.charAt(at[0]++) == ']') {
                        return list;
                    }
                }
            }
            if (c == '"') {
                StringBuilder b = new StringBuilder();
                for (at[0]++; s.charAt(at[0]) != '"'; at[0]++) {
                    char ch = s.charAt(at[0]);
                    if (ch == '\\') {
                        char e = s.charAt(++at[0]);
                        switch (e) {
                            case 'n' -> b.append('\n');
                            case 't' -> b.append('\t');
                            case 'r' -> b.append('\r');
                            case 'b' -> b.append('\b');
                            case 'f' -> b.append('\f');
                            case 'u' -> {
                                b.append((char) Integer.parseInt(s.substring(at[0] + 1, at[0] + 5), 16));
                                at[0] += 4;
                            }
                            default -> b.append(e);
                        }
                    } else {
                        b.append(ch);
                    }
                }
                at[0]++;
                return b.toString();
            }
            int from = at[0];
            while (at[0] < s.length() && ",}] \n\r\t".indexOf(s.charAt(at[0])) < 0) {
                at[0]++;
            }
            String word = s.substring(from, at[0]);
            return switch (word) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                case "null" -> null;
                default -> word.contains(".") || word.contains("e") || word.contains("E")
                        ? (Number) Double.parseDouble(word) : (Number) Long.parseLong(word);
            };
        }

        private static void skip(String s, int[] at) {
            while (at[0] < s.length() && Character.isWhitespace(s.charAt(at[0]))) {
                at[0]++;
            }
        }
    }
}
