/*
 * Writes load-tests/target/summary.md from one load run (load-tests/run.sh calls it): Gatling's
 * per-request statistics (target/gatling/<simulation>-<time>/js/stats.js), the simulations' own
 * results (load-results.properties: sagas, read-model lag, server counters, heap) and the circuit
 * breaker drill's (circuit-breaker-drill/results.properties). Ends with one line per target of
 * issue 11: TARGET <name> <value> <goal> met|missed. Exits 1 if a request or saga failed.
 *
 *   java load-tests/src/summary/Summary.java TARGET_DIR RESULTS READY_SECONDS LOAD_BEFORE LOAD_AFTER HEADER
 */

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

public class Summary {

    record Request(String name, long total, long ko, long p50, long p95, long p99) {
    }

    static final Pattern STATS = Pattern.compile("\"name\": \"([^\"]+)\",\\s*\"numberOfRequests\": \\{\\s*\"total\": \"(\\d+)\",\\s*"
            + "\"ok\": \"\\d+\",\\s*\"ko\": \"(\\d+)\".*?\"percentiles1\": \\{\\s*\"total\": \"(-|\\d+)\".*?"
            + "\"percentiles3\": \\{\\s*\"total\": \"(-|\\d+)\".*?\"percentiles4\": \\{\\s*\"total\": \"(-|\\d+)\"", Pattern.DOTALL);

    static Properties results = new Properties();
    static final List<String> targets = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        results.load(Files.newBufferedReader(Path.of(args[1])));
        Path drillFile = target.resolve("circuit-breaker-drill/results.properties");
        Properties drill = new Properties();
        if (Files.exists(drillFile)) {
            drill.load(Files.newBufferedReader(drillFile));
        }
        String ready = args[2], loadBefore = args[3], loadAfter = args[4], header = args[5];

        Map<String, Request> requests = new LinkedHashMap<>();
        try (Stream<Path> dirs = Files.list(target.resolve("gatling"))) {
            for (Path dir : dirs.sorted().toList()) {
                Path stats = dir.resolve("js/stats.js");
                if (Files.exists(stats)) {
                    Matcher m = STATS.matcher(Files.readString(stats));
                    while (m.find()) {
                        if (!m.group(1).equals("All Requests")) {
                            requests.put(m.group(1), new Request(m.group(1), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                                    num(m.group(4)), num(m.group(5)), num(m.group(6))));
                        }
                    }
                }
            }
        }

        StringBuilder md = new StringBuilder("# Load test summary\n\n").append(header).append("\n\n");
        md.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, shared by the load generator,")
                .append(" the server and whatever else runs; load average (1, 5, 15 min) before the simulations ")
                .append(loadBefore).append(", after ").append(loadAfter).append(".\n\n");

        boolean ceiling = results.containsKey("ceiling.users");
        double ceilingPostRate = Double.NaN, ceilingTxRate = Double.NaN;
        long ceilingP99 = -1;
        if (ceiling) {
            Request post = requests.get("ceiling POST /records");
            Request get = requests.get("ceiling GET /ping");
            double seconds = d("ceiling.seconds");
            ceilingPostRate = post.total / seconds;
            // The POST's transaction, and the listener's.
            ceilingTxRate = 2 * ceilingPostRate;
            ceilingP99 = post.p99;
            md.append("## Ceiling (").append(results.getProperty("ceiling.users")).append(" clients without pause)\n\n")
                    .append("| what | rate /s | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|\n")
                    .append(String.format("| GET /ceiling/ping | %.0f | %d | %d | %d |%n", get.total / Math.max(2, Math.floor(seconds / 3)),
                            get.p50, get.p95, get.p99))
                    .append(String.format("| POST /ceiling/records (JPA insert + persistent publish, XA) | %.1f | %d | %d | %d |%n",
                            ceilingPostRate, post.p50, post.p95, post.p99))
                    .append(String.format("%nTransactions/s: %.1f (the POST's and the MDB's); the listener's backlog drained %s ms after the load (%s of %s consumed).%n%n",
                            ceilingTxRate, results.getProperty("ceiling.drain.ms"), results.getProperty("ceiling.consumed"),
                            results.getProperty("ceiling.recorded")));
        }

        md.append("## Sagas\n\n| | full load | half load |\n|---|---|---|\n");
        int users = Integer.parseInt(results.getProperty("saga.users"));
        row(md, "sagas in flight (closed workload)", String.valueOf(users), String.valueOf(Math.max(1, users / 2)));
        Map<String, Double> perPhase = new TreeMap<>();
        for (String phase : List.of("full", "half")) {
            double seconds = d(phase + ".active.seconds");
            long finished = 0;
            for (String kind : List.of("completed", "changed", "rejected", "cancelled", "out-of-stock")) {
                finished += l(phase + ".finished." + kind);
            }
            Request place = requests.get(phase + " POST /orders");
            perPhase.put(phase + ".seconds", seconds);
            perPhase.put(phase + ".finished", (double) finished);
            perPhase.put(phase + ".placed/s", place == null ? 0 : (place.total - place.ko) / seconds);
            perPhase.put(phase + ".finished/s", finished / seconds);
            double tx = l(phase + ".delta.food_events_processed_total") + l(phase + ".delta.REST_request_writes")
                    + l(phase + ".delta.food_notifications_total");
            perPhase.put(phase + ".tx", tx);
            perPhase.put(phase + ".tx/saga", finished == 0 ? Double.NaN : tx / finished);
        }
        row(md, "seconds (first saga to last finished)", f1(perPhase.get("full.seconds")), f1(perPhase.get("half.seconds")));
        row(md, "sagas finished (completed + changed / rejected / cancelled / out of stock)", kinds("full"), kinds("half"));
        row(md, "sagas finished /s", f1(perPhase.get("full.finished/s")), f1(perPhase.get("half.finished/s")));
        row(md, "orders placed /s", f1(perPhase.get("full.placed/s")), f1(perPhase.get("half.placed/s")));
        row(md, "POST /orders p50 / p95 / p99 ms", pcts(requests.get("full POST /orders")), pcts(requests.get("half POST /orders")));
        row(md, "read-model lag, place → tracking view exists, p50 / p95 / p99 ms", lag("full", "place"), lag("half", "place"));
        row(md, "read-model lag, confirm → tracking COMPLETED, p50 / p95 / p99 ms", lag("full", "confirm"), lag("half", "confirm"));
        row(md, "whole saga p50 / p95 / p99 ms", lag("full", "saga"), lag("half", "saga"));
        row(md, "server: events consumed (food_events_processed)", results.getProperty("full.delta.food_events_processed_total", "n/a"),
                results.getProperty("half.delta.food_events_processed_total", "n/a"));
        row(md, "server: HTTP commands answered 2xx (POST/PUT, the charge at payment included)", results.getProperty("full.delta.REST_request_writes", "n/a"),
                results.getProperty("half.delta.REST_request_writes", "n/a"));
        row(md, "server: KakaoTalk sends (food_notifications)", results.getProperty("full.delta.food_notifications_total", "n/a"),
                results.getProperty("half.delta.food_notifications_total", "n/a"));
        row(md, "transactions per saga (the three above / sagas)", f1(perPhase.get("full.tx/saga")), f1(perPhase.get("half.tx/saga")));
        row(md, "backlog drained after the load stopped (events consumed, 1 s unchanged)", results.getProperty("full.drain.ms", "n/a") + " ms", "");
        md.append(String.format("%nHeap (used, sampled every 10 s): last %s MiB, max %s MiB; live (class histogram after a full"
                        + " collection, histogram-*.txt): %s MiB after minute 5, %s MiB after minute 10, %s MiB after the load;"
                        + " server ready %s s after `server start`.%n%n",
                results.getProperty("heap.last.mib", "n/a"), results.getProperty("heap.used.mib.max", "n/a"),
                results.getProperty("heap.live.full-300s.mib", "n/a"), results.getProperty("heap.live.full-600s.mib", "n/a"),
                results.getProperty("heap.live.after-load.mib", "n/a"), ready.isEmpty() ? "n/a" : ready));

        md.append("## Requests\n\n| request | n | KO | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|---|\n");
        long ko = 0;
        for (Request r : requests.values()) {
            ko += r.ko;
            md.append(String.format("| %s | %d | %d | %d | %d | %d |%n", r.name, r.total, r.ko, r.p50, r.p95, r.p99));
        }
        long failedSagas = results.stringPropertyNames().stream().filter(k -> k.contains(".failed.")).mapToLong(Summary::l).sum();
        md.append(String.format("%nFailed requests: %d; sagas that stopped (a step never happened within 60 s): %d.%n", ko, failedSagas));
        if (!drill.isEmpty()) {
            md.append(String.format("%nCircuit breaker drill: %s, chart `%s`. Refused POST /orders with the circuit open:"
                            + " one client alone p50 %s ms, p99 %s ms (%s refusals); the drill's concurrent clients p99 %s ms.%n",
                    drill.getProperty("outcome"), drill.getProperty("chart"), drill.getProperty("refused.alone.p50.ms", "n/a"),
                    drill.getProperty("refused.alone.p99.ms", "n/a"), drill.getProperty("refused.alone.n", "n/a"),
                    drill.getProperty("refused.p99.ms", "n/a")));
        }
        md.append("\n## Targets (issue 11)\n\n```\n");

        double full = perPhase.get("full.placed/s");
        double drainMs = d("full.drain.ms");
        target("placed-orders/s(backlog-drained-5s)", f1(full) + (drainMs > 5000 ? "(drain " + (long) drainMs + "ms)" : ""),
                ">=" + f1(0.25 * ceilingPostRate) + "(0.25x" + f1(ceilingPostRate) + ")",
                ceiling && full >= 0.25 * ceilingPostRate && drainMs <= 5000);
        double sagaTx = perPhase.get("full.finished/s") * perPhase.get("full.tx/saga");
        target("saga-transactions/s", f1(sagaTx) + "(" + f1(perPhase.get("full.finished/s")) + "x" + f1(perPhase.get("full.tx/saga")) + ")",
                ">=" + f1(0.5 * ceilingTxRate) + "(0.5x" + f1(ceilingTxRate) + ")", ceiling && sagaTx >= 0.5 * ceilingTxRate);
        Request halfPlace = requests.get("half POST /orders");
        target("POST-orders-p99-at-half-load-ms", String.valueOf(halfPlace == null ? -1 : halfPlace.p99),
                "<=" + 3 * ceilingP99 + "(3x" + ceilingP99 + ")", ceiling && halfPlace != null && halfPlace.p99 <= 3 * ceilingP99);
        long lag = Math.max(l("half.lag.place.ms.p99"), l("half.lag.confirm.ms.p99"));
        target("read-model-lag-p99-at-half-load-ms", String.valueOf(lag), "<=100", lag <= 100 && lag >= 0);
        // A refusal's own cost: one client alone while the circuit is open. The drill's 8 concurrent
        // clients queue on the same 2 cores as the server (the ceiling's trivial GET has a p99 of
        // tens of ms there), so their p99 is reported beside it, not judged against 10 ms.
        String refused = drill.getProperty("refused.alone.p99.ms", "n/a");
        target("refused-POST-orders-p99-open-circuit-ms(1-client)", refused, "<=10", !refused.equals("n/a") && Long.parseLong(refused) <= 10);
        target("server-ready-s", ready.isEmpty() ? "n/a" : ready, "<=20", !ready.isEmpty() && Double.parseDouble(ready) <= 20);
        // The live heap (class histograms, after a full collection) when run.sh could take them;
        // otherwise the used-heap samples, which include garbage not yet collected.
        OptionalLong live300 = mib("heap.live.full-300s.mib"), live600 = mib("heap.live.full-600s.mib");
        OptionalLong heap = live600.isPresent() ? live600 : mib("heap.last.mib");
        String heapKind = live600.isPresent() ? "(live)" : "(used)";
        target("heap-after-saga-load-MiB(" + (long) (perPhase.get("full.seconds") / 60) + "min)",
                heap.isPresent() ? heap.getAsLong() + heapKind : "n/a", "<=512(after-10min)",
                heap.isPresent() && heap.getAsLong() <= 512 && perPhase.get("full.seconds") >= 600);
        boolean liveGrowth = live300.isPresent() && live600.isPresent();
        OptionalLong growth = liveGrowth ? OptionalLong.of(live600.getAsLong() - live300.getAsLong()) : mib("heap.growth.5to10.mib");
        target("heap-growth-minute-5-to-10-MiB", growth.isPresent() ? growth.getAsLong() + (liveGrowth ? "(live)" : "(used)") : "n/a(run<10min)",
                "<=0", growth.isPresent() && growth.getAsLong() <= 0);
        md.append(String.join("\n", targets)).append("\n```\n\n");
        for (String t : targets) {
            md.append(t).append('\n');
        }
        Files.writeString(target.resolve("summary.md"), md.toString());
        if (ko > 0 || failedSagas > 0) {
            System.err.printf("load tests: %d failed requests, %d stopped sagas (see load-tests/target/summary.md)%n", ko, failedSagas);
            System.exit(1);
        }
    }

    static void target(String name, String value, String goal, boolean met) {
        targets.add("TARGET " + name + " " + value + " " + goal + " " + (met ? "met" : "missed"));
    }

    static void row(StringBuilder md, String what, String full, String half) {
        md.append("| ").append(what).append(" | ").append(full).append(" | ").append(half).append(" |\n");
    }

    static String kinds(String phase) {
        return l(phase + ".finished.completed") + l(phase + ".finished.changed") + " / " + l(phase + ".finished.rejected") + " / "
                + l(phase + ".finished.cancelled") + " / " + l(phase + ".finished.out-of-stock");
    }

    static String lag(String phase, String what) {
        String key = what.equals("saga") ? phase + ".saga.ms" : phase + ".lag." + what + ".ms";
        return results.getProperty(key + ".p50", "-") + " / " + results.getProperty(key + ".p95", "-") + " / "
                + results.getProperty(key + ".p99", "-");
    }

    static String pcts(Request r) {
        return r == null ? "-" : r.p50 + " / " + r.p95 + " / " + r.p99;
    }

    static String f1(Double v) {
        return v == null || v.isNaN() ? "n/a" : String.format("%.1f", v);
    }

    static long num(String s) {
        return s.equals("-") ? -1 : Long.parseLong(s);
    }

    static double d(String key) {
        String v = results.getProperty(key);
        return v == null ? Double.NaN : Double.parseDouble(v);
    }

    /** A whole number of MiB the results hold, or empty when the run did not measure it. */
    static OptionalLong mib(String key) {
        String v = results.getProperty(key);
        return v == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(v.trim()));
    }

    static long l(String key) {
        String v = results.getProperty(key);
        return v == null ? 0 : Long.parseLong(v.trim());
    }
}
