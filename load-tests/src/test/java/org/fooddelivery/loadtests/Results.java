package org.fooddelivery.loadtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a simulation measures beyond Gatling's per-request statistics (saga outcomes, read-model
 * lag, server counters), written as key=value lines to $LOAD_RESULTS for run.sh's summary.
 */
public final class Results {

    private final Map<String, ConcurrentLinkedQueue<Long>> samples = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final Map<String, String> values = Collections.synchronizedMap(new TreeMap<>());

    public void sample(String name, long value) {
        samples.computeIfAbsent(name, n -> new ConcurrentLinkedQueue<>()).add(value);
    }

    /** Counts an outcome (a saga of a kind finished, a step that never happened). */
    public void increment(String name) {
        counts.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
    }

    public void put(String key, Object value) {
        values.put(key, String.valueOf(value));
    }

    public void write() {
        StringBuilder out = new StringBuilder();
        values.forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
        new TreeMap<>(counts).forEach((k, v) -> out.append(k).append('=').append(v.get()).append('\n'));
        new TreeMap<>(samples).forEach((name, q) -> {
            List<Long> sorted = new ArrayList<>(q);
            Collections.sort(sorted);
            out.append(name).append(".n=").append(sorted.size()).append('\n');
            if (!sorted.isEmpty()) {
                for (int p : new int[]{50, 95, 99}) {
                    out.append(name).append(".p").append(p).append('=').append(pct(sorted, p)).append('\n');
                }
                out.append(name).append(".max=").append(sorted.get(sorted.size() - 1)).append('\n');
            }
        });
        String file = Platform.env("LOAD_RESULTS", "target/load-results.properties");
        try {
            Path path = Path.of(file);
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            Files.writeString(path, out.toString(), java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + file, e);
        }
        System.out.print(out);
    }

    static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)));
    }
}
