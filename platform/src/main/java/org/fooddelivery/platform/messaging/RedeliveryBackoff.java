package org.fooddelivery.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * A growing wait before each redelivery is handled. Liberty's embedded messaging engine redelivers
 * a rolled-back message at once (its {@code redeliveryInterval} is about blocked exception
 * destinations, not a delay), so without this all attempts of a message that met a lock timeout or
 * a deadlock would run back to back and give up within a second. The wait runs inside the
 * delivery's transaction, before anything is done, so the semantics stay those of a redelivery:
 * delivery n waits {@code food.messaging.redelivery-delay} × {@code redelivery-multiplier}^(n−2),
 * at most {@code redelivery-max-delay} (1, 2, 4, 8 s by default; 15 s over five attempts, far
 * below the 60 s transaction timeout). Where the broker delays redeliveries itself (Artemis'
 * address-settings in the distributed topology) the delay is configured 0.
 */
@ApplicationScoped
public class RedeliveryBackoff {

    @Inject
    @ConfigProperty(name = "food.messaging.redelivery-delay")
    Duration delay;

    @Inject
    @ConfigProperty(name = "food.messaging.redelivery-multiplier")
    double multiplier;

    @Inject
    @ConfigProperty(name = "food.messaging.redelivery-max-delay")
    Duration maxDelay;

    /** How long delivery number {@code delivery} (1 = the first) waits before it is handled. */
    public Duration before(int delivery) {
        if (delivery <= 1 || delay.isZero()) {
            return Duration.ZERO;
        }
        double millis = delay.toMillis() * Math.pow(multiplier, delivery - 2);
        return Duration.ofMillis((long) Math.min(millis, maxDelay.toMillis()));
    }

    void await(int delivery) {
        long millis = before(delivery).toMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting to redeliver", e);
            }
        }
    }
}
