package org.fooddelivery.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.fooddelivery.contracts.problem.ProblemException;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Makes this payment service slow or failing on purpose, for resilience drills of the callers'
 * circuit breaker. Held per server: a drill is aimed at one running payment service.
 */
@ApplicationScoped
public class FaultInjection {

    public record Faults(long delayMs, int failurePercent) {
        public static final Faults NONE = new Faults(0, 0);
    }

    private final AtomicReference<Faults> current = new AtomicReference<>(Faults.NONE);

    public Faults current() {
        return current.get();
    }

    public Faults set(Faults faults) {
        current.set(faults);
        return faults;
    }

    /** Waits the configured delay, then fails the call with the configured probability. */
    public void apply() {
        Faults faults = current.get();
        if (faults.delayMs() > 0) {
            try {
                Thread.sleep(faults.delayMs());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (faults.failurePercent() > 0 && ThreadLocalRandom.current().nextInt(100) < faults.failurePercent()) {
            throw ProblemException.unavailable("payment failure injected by a drill", 1);
        }
    }
}
