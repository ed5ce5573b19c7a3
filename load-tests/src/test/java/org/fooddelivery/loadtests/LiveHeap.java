package org.fooddelivery.loadtests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * The server's live heap, by a class histogram of its JVM ({@code jcmd <pid> GC.class_histogram}).
 * The histogram counts only reachable objects after a full collection, so its total is the heap a
 * server really holds, where the used-heap metric is a saw of garbage not yet collected. Each
 * histogram is kept as a file beside the results: its top lines say what the heap holds.
 * Only for a server on this machine whose process id is known (the embedded one run.sh starts).
 */
final class LiveHeap {

    private final long pid;
    private final Path dir;

    private LiveHeap(long pid, Path dir) {
        this.pid = pid;
        this.dir = dir;
    }

    /** FOOD_SERVER_PID names the server's process; without it there is no live heap to read. */
    static LiveHeap ofServer(Path dir) {
        String pid = Platform.env("FOOD_SERVER_PID", "");
        return pid.isBlank() ? null : new LiveHeap(Long.parseLong(pid.trim()), dir);
    }

    /**
     * Takes a histogram, keeps it as histogram-{label}.txt, and answers its total in MiB; empty
     * (said on stderr, so the summary's fallback to the used heap is explained) if jcmd failed.
     */
    OptionalLong histogramMiB(String label) {
        Path file = dir.resolve("histogram-" + label + ".txt");
        try {
            Process jcmd = new ProcessBuilder("jcmd", Long.toString(pid), "GC.class_histogram")
                    .redirectErrorStream(true).redirectOutput(file.toFile()).start();
            if (!jcmd.waitFor(120, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
                jcmd.destroyForcibly();
                System.err.println("live heap " + label + ": jcmd " + pid + " GC.class_histogram failed, see " + file);
                return OptionalLong.empty();
            }
            return totalMiB(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            System.err.println("live heap " + label + ": " + e);
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }

    /** From the histogram's last line: "Total <instances> <bytes>". */
    private static OptionalLong totalMiB(java.util.List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String[] words = lines.get(i).trim().split("\\s+");
            if (words.length == 3 && words[0].equals("Total")) {
                return OptionalLong.of(Long.parseLong(words[2]) / (1024 * 1024));
            }
        }
        return OptionalLong.empty();
    }
}
