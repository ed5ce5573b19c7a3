package org.fooddelivery.systemtest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counters read from /metrics as operators read them: the admin, on the TLS port (Prometheus text format). */
final class Metrics {

    private Metrics() {
    }

    /**
     * The sum of every series of the counter in the scope whose labels contain each of the given
     * {@code label="value"} pairs (none: every series).
     */
    static long counter(String scope, String name, String... labels) {
        FoodApi.Reply reply = FoodApi.operator("admin", "/metrics?scope=" + scope);
        if (reply.status() != 200) {
            throw new IllegalStateException("metrics unreadable: " + reply.status());
        }
        String text = reply.body();
        Matcher m = Pattern.compile("^" + Pattern.quote(name) + "\\{([^}]*)} ([0-9.E+-]+)$", Pattern.MULTILINE).matcher(text);
        long total = 0;
        while (m.find()) {
            boolean all = true;
            for (String label : labels) {
                all &= m.group(1).contains(label);
            }
            if (all) {
                total += (long) Double.parseDouble(m.group(2));
            }
        }
        return total;
    }

    /** An application counter of one event consumer ({@code food_events_processed_total}, ...). */
    static long consumer(String name, String consumer) {
        return counter("application", name, "consumer=\"" + consumer + "\"");
    }
}
