/*
 * Saga benchmark: drives whole orders through the running platform and measures each hop.
 *
 *   java liberty-config/scripts/SagaBenchmark.java [orders=100] [concurrency=8] [baseUrl=http://localhost:9080]
 *
 * Needs only a JDK (single-file source launch) and a running server
 * (./mvnw -B -pl liberty-config liberty:start). Each order goes: place (customer1) → ticket
 * visible to owner1 → accept, start, finish → delivery visible to rider1 → pickup → confirm →
 * tracking view COMPLETED with payment SETTLED → all KakaoTalk messages SENT. Prints progress,
 * then percentiles per step, and writes reports/saga-benchmark.md.
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class SagaBenchmark {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    static final Map<String, List<Long>> TIMINGS = Collections.synchronizedMap(new LinkedHashMap<>());
    static String base;

    public static void main(String[] args) throws Exception {
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        base = args.length > 2 ? args[2] : "http://localhost:9080";
        for (String step : List.of("1 place (POST /orders)", "2 ticket visible to the owner", "3 accept+start+finish (3 calls)",
                "4 delivery visible to riders", "5 pickup (POST)", "6 order PICKED_UP", "7 confirm (POST)",
                "8 tracking COMPLETED + SETTLED", "9 all messages SENT", "end to end")) {
            TIMINGS.put(step, new CopyOnWriteArrayList<>());
        }
        put("owner1", "/kitchen/stores/1/menu/17/stock", "{\"stock\": 1000000}");
        System.out.printf("Saga benchmark: %d orders, %d at a time, against %s%n", orders, concurrency, base);
        // A freshly started server runs its first requests cold (class loading, JIT, first token
        // checks): a burst of them can trip the callers' breakers. Warm up one order at a time first.
        System.out.println("  warming up with 5 sequential orders (not measured)");
        for (int i = 0; i < 5; i++) {
            oneOrder();
        }
        TIMINGS.values().forEach(List::clear);

        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long started = System.nanoTime();
        for (int i = 0; i < orders; i++) {
            pool.execute(() -> {
                try {
                    oneOrder();
                } catch (Exception e) {
                    failed.incrementAndGet();
                    System.err.println("\norder failed: " + e.getMessage());
                }
                int n = done.incrementAndGet();
                if (n % Math.max(1, orders / 20) == 0 || n == orders) {
                    System.out.printf("\r  %d/%d orders done (%d failed)", n, orders, failed.get());
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%n%d complete sagas in %.1f s: %.1f orders/s%n%n", orders - failed.get(), seconds,
                (orders - failed.get()) / seconds);

        StringBuilder table = new StringBuilder("| step | n | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|\n");
        TIMINGS.forEach((step, values) -> {
            List<Long> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            if (sorted.isEmpty()) {
                return;
            }
            String row = String.format("| %s | %d | %d | %d | %d | %d |", step, sorted.size(), pct(sorted, 50),
                    pct(sorted, 95), pct(sorted, 99), sorted.get(sorted.size() - 1));
            System.out.println(row);
            table.append(row).append('\n');
        });
        Files.createDirectories(Path.of("reports"));
        Files.writeString(Path.of("reports/saga-benchmark.md"), "# Saga benchmark\n\n" + Instant.now()
                + ", `java liberty-config/scripts/SagaBenchmark.java " + orders + " " + concurrency + " " + base + "`\n\n"
                + String.format("%d complete sagas in %.1f s (%.1f orders/s), %d failed.%n%n", orders - failed.get(),
                seconds, (orders - failed.get()) / seconds, failed.get()) + table);
        System.out.println("\nreport written to reports/saga-benchmark.md");
        if (failed.get() > 0) {
            System.exit(1);
        }
    }

    static void oneOrder() throws Exception {
        long start = System.nanoTime();
        long t = System.nanoTime();
        Reply placed = post("customer1", "/orders", """
                {"storeId": 1, "items": [{"menuId": 17, "quantity": 1}],
                 "deliveryAddress": {"area": "gangnam", "street": "Teheran-ro 1", "lat": 37.498, "lng": 127.027},
                 "card": {"number": "4111111111111111"}}""");
        require(placed.status == 201, "place: " + placed);
        String id = field(placed.body, "id");
        t = lap("1 place (POST /orders)", t);
        await(() -> get("owner1", "/kitchen/tickets?status=RECEIVED"), r -> r.body.contains(id), "ticket");
        t = lap("2 ticket visible to the owner", t);
        for (String command : List.of("accept", "start", "finish")) {
            Reply r = post("owner1", "/kitchen/tickets/" + id + "/" + command, "{}");
            require(r.status == 200, command + ": " + r);
        }
        t = lap("3 accept+start+finish (3 calls)", t);
        await(() -> get("rider1", "/delivery/deliveries/" + id), r -> r.status == 200, "delivery");
        t = lap("4 delivery visible to riders", t);
        require(post("rider1", "/delivery/deliveries/" + id + "/pickup", "{}").status == 200, "pickup");
        t = lap("5 pickup (POST)", t);
        await(() -> get("customer1", "/orders/" + id), r -> "PICKED_UP".equals(field(r.body, "status")), "PICKED_UP");
        t = lap("6 order PICKED_UP", t);
        require(post("customer1", "/orders/" + id + "/confirm-delivery", "{}").status == 200, "confirm");
        t = lap("7 confirm (POST)", t);
        await(() -> get("customer1", "/orders/" + id + "/tracking"),
                r -> r.status == 200 && "COMPLETED".equals(field(r.body, "status"))
                        && "SETTLED".equals(field(r.body, "paymentStatus")), "tracking");
        t = lap("8 tracking COMPLETED + SETTLED", t);
        await(() -> get("customer1", "/notifications?orderId=" + id),
                r -> count(r.body, "\"state\":\"SENT\"") >= 6 && !r.body.contains("PENDING") && !r.body.contains("SENDING"),
                "messages");
        lap("9 all messages SENT", t);
        TIMINGS.get("end to end").add((System.nanoTime() - start) / 1_000_000);
    }

    record Reply(int status, String body) {
        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    static long lap(String step, long since) {
        long now = System.nanoTime();
        TIMINGS.get(step).add((now - since) / 1_000_000);
        return now;
    }

    interface Call {
        Reply call() throws Exception;
    }

    static void await(Call call, Predicate<Reply> done, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (done.test(call.call())) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("timed out waiting for " + what);
    }

    static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException(what);
        }
    }

    static String token(String user) {
        return TOKENS.computeIfAbsent(user, u -> {
            try {
                String form = "grant_type=password&client_id=food-app&username=" + URLEncoder.encode(u, StandardCharsets.UTF_8)
                        + "&password=" + System.getenv().getOrDefault("FOOD_DEMO_PASSWORD", "password"); // distributed: secrets.env
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/oidc/endpoint/food/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                return field(r.body(), "access_token");
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("no token for " + u, e);
            }
        });
    }

    static Reply get(String user, String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token(user)).GET());
    }

    static Reply post(String user, String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token(user))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static Reply put(String user, String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token(user))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    static Reply send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> r = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body());
    }
}
