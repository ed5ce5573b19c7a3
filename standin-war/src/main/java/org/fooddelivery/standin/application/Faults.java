package org.fooddelivery.standin.application;

import java.util.concurrent.ThreadLocalRandom;

/** A drill's delay and failure rate for every call of a stand-in. */
public record Faults(long delayMs, int failurePercent) {

    public static final Faults NONE = new Faults(0, 0);

    /** Waits the delay. @return false when this call is to fail */
    public boolean apply() {
        if (delayMs > 0) {
            try {
                Thread.sleep(delayMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return failurePercent == 0 || ThreadLocalRandom.current().nextInt(100) >= failurePercent;
    }
}
