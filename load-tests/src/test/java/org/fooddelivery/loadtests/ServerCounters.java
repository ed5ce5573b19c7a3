package org.fooddelivery.loadtests;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The server's side of a saga run, from its metrics: every counter's total at each phase boundary
 * (so run.sh can count transactions per saga from what the server did, not what the client
 * assumed), how long the backlog took to drain after the full load, and the heap every 10 s.
 */
final class ServerCounters {

    /** Counters whose per-phase difference is reported (sum over all tags). */
    static final String[] COUNTERS = {"food_events_processed_total", "food_notifications_total",
            "servlet_request_total", "connectionpool_create_total", "connectionpool_destroy_total",
            "connectionpool_usedConnections_total", "ft_timeout_calls_total", "restClient_calls_total"};
    static final String EVENTS = "food_events_processed_total";
    /**
     * The saga's HTTP commands that answered 2xx, each one transaction (the charge at payment
     * included), from Liberty's per-route request counts: not GETs (reads, the simulation's polls),
     * nor tokens, the ceiling, or the KakaoTalk stand-in (a stand-in for a service outside).
     */
    static final java.util.regex.Pattern WRITES = java.util.regex.Pattern.compile(
            "^http_server_request_duration_seconds_count\\{.*http_request_method=\"(POST|PUT|DELETE)\",http_response_status_code=\"2\\d\\d\".*");
    static final java.util.regex.Pattern NOT_SAGA = java.util.regex.Pattern.compile(
            ".*http_route=\"/(ceiling|oauth2|oidc|standins)[^\"]*\".*");

    private final Results results;
    private final Map<String, Long> lastFinish = new ConcurrentHashMap<>();
    private Map<String, Double> previous;
    private long previousAt;
    private final long started = System.currentTimeMillis();
    private volatile long fullStarted;
    private final java.util.List<long[]> heapSamples = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ScheduledExecutorService heap = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "heap-sampler");
        t.setDaemon(true);
        return t;
    });

    private final LiveHeap liveHeap = LiveHeap.ofServer(
            java.nio.file.Path.of(Platform.env("LOAD_RESULTS", "target/x")).toAbsolutePath().getParent());

    ServerCounters(Results results) {
        this.results = results;
        heap.scheduleAtFixedRate(this::sampleHeap, 0, 10, TimeUnit.SECONDS);
    }

    void finished(String phase) {
        lastFinish.put(phase, System.currentTimeMillis());
    }

    /** Called between phases: "start" before the first, then with the name of the phase that ended. */
    synchronized void mark(String phaseEnded, boolean waitForBacklog) {
        long now = System.currentTimeMillis();
        if (waitForBacklog) {
            results.put(phaseEnded + ".drain.ms", drain(now));
        }
        if ("start".equals(phaseEnded)) {
            fullStarted = now;
            if (liveHeap != null && SagaSimulation.SECONDS >= 600) {
                // The heap target: the live heap after minute 5 and minute 10 of the full load.
                for (int second : new int[]{300, 600}) {
                    heap.schedule(() -> liveHeap("full-" + second + "s"), second * 1000L - 500, TimeUnit.MILLISECONDS);
                }
            }
        }
        Map<String, Double> current = snapshot(Platform.metrics());
        if (previous != null) {
            results.put(phaseEnded + ".seconds", String.format("%.2f", (now - previousAt) / 1000.0));
            Long last = lastFinish.get(phaseEnded);
            results.put(phaseEnded + ".active.seconds", String.format("%.2f", ((last == null ? now : last) - previousAt) / 1000.0));
            current.forEach((name, value) -> {
                Double before = previous.get(name);
                if (before != null && !value.isNaN() && !before.isNaN()) {
                    results.put(phaseEnded + ".delta." + name, String.format("%.0f", value - before));
                }
            });
        }
        previous = current;
        previousAt = System.currentTimeMillis();
    }

    /** Milliseconds after the load stopped until the consumers stopped processing events (1 s unchanged). */
    private long drain(long loadStopped) {
        double last = Platform.sum(Platform.metrics(), EVENTS);
        long lastChange = System.currentTimeMillis();
        while (System.currentTimeMillis() - loadStopped < 60_000) {
            sleep(250);
            double now = Platform.sum(Platform.metrics(), EVENTS);
            if (now != last) {
                last = now;
                lastChange = System.currentTimeMillis();
            } else if (System.currentTimeMillis() - lastChange >= 1000) {
                break;
            }
        }
        return Math.max(0, lastChange - loadStopped);
    }

    private void sampleHeap() {
        double used = Platform.sum(Platform.metrics(), "memory_usedHeap_bytes");
        if (!Double.isNaN(used)) {
            long second = (System.currentTimeMillis() - started) / 1000;
            results.sample("heap.used.mib", (long) (used / (1024 * 1024)));
            results.put("heap.at." + String.format("%05d", second) + "s.mib", (long) (used / (1024 * 1024)));
            results.put("heap.last.mib", (long) (used / (1024 * 1024)));
            heapSamples.add(new long[]{System.currentTimeMillis(), (long) (used / (1024 * 1024))});
        }
    }

    private void liveHeap(String label) {
        liveHeap.histogramMiB(label).ifPresent(mib -> results.put("heap.live." + label + ".mib", mib));
    }

    /** Stops sampling; keeps the server's last metrics beside the results, for what the summary does not show. */
    void close() {
        heap.shutdownNow();
        sampleHeap();
        if (liveHeap != null) {
            liveHeap("after-load");
        }
        // Used heap is a saw: compare its floor (after collections) in minute 5 and in minute 10 of the full load.
        long floor5 = floor(4 * 60_000, 5 * 60_000), floor10 = floor(9 * 60_000, 10 * 60_000);
        if (floor5 >= 0 && floor10 >= 0) {
            results.put("heap.growth.5to10.mib", floor10 - floor5);
        }
        String metrics = Platform.metrics();
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of(Platform.env("LOAD_RESULTS", "target/x")).resolveSibling("metrics-after-saga.txt"), metrics);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private long floor(long fromMs, long toMs) {
        return heapSamples.stream().filter(x -> fullStarted > 0 && x[0] - fullStarted >= fromMs && x[0] - fullStarted < toMs)
                .mapToLong(x -> x[1]).min().orElse(-1);
    }

    private static Map<String, Double> snapshot(String metrics) {
        Map<String, Double> values = new HashMap<>();
        for (String name : COUNTERS) {
            values.put(name, Platform.sum(metrics, name));
        }
        double writes = 0;
        for (String line : metrics.split("\n")) {
            if (WRITES.matcher(line).matches() && !NOT_SAGA.matcher(line).matches()) {
                writes += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        values.put("REST_request_writes", metrics.isEmpty() ? Double.NaN : writes);
        return values;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
