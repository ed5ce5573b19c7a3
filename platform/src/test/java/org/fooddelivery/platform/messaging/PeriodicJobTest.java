package org.fooddelivery.platform.messaging;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A sweep handles each candidate on its own: one that fails does not hold up the rest. */
class PeriodicJobTest {

    static final class Sweeper extends PeriodicJob {
        final List<String> handled = new ArrayList<>();
        final List<String> acted = new ArrayList<>();

        @Override
        protected Duration interval() {
            return Duration.ofSeconds(1);
        }

        @Override
        protected void runOnce() {
            sweep(List.of("a", "poison", "b", "untouched", "c"), candidate -> {
                handled.add(candidate);
                if (candidate.equals("poison")) {
                    throw new IllegalStateException("a lock timeout, a bad row");
                }
                return !candidate.equals("untouched");
            }, acted::add);
        }
    }

    @Test
    void aCandidateThatFailsIsSkippedAndTheOthersGoOn() {
        Sweeper job = new Sweeper();
        job.runOnce();
        assertEquals(List.of("a", "poison", "b", "untouched", "c"), job.handled);
        assertEquals(List.of("a", "b", "c"), job.acted, "acted on: the rule held and nothing failed");
    }

    @Test
    void aSweepWithNothingToReportHandlesEveryCandidate() {
        List<String> seen = new ArrayList<>();
        PeriodicJob job = new PeriodicJob() {
            @Override
            protected Duration interval() {
                return Duration.ofSeconds(1);
            }

            @Override
            protected void runOnce() {
                sweep(List.of("x", "boom", "y"), (String c) -> {
                    seen.add(c);
                    if (c.equals("boom")) {
                        throw new IllegalStateException("failed");
                    }
                });
            }
        };
        job.runOnce();
        assertEquals(List.of("x", "boom", "y"), seen);
    }
}
