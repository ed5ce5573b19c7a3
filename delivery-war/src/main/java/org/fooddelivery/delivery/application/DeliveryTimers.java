package org.fooddelivery.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fooddelivery.platform.messaging.PeriodicJob;
import org.fooddelivery.delivery.domain.DeliveryRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Saga timeout (README, "Saga timeouts"): a cooked order no rider has picked up
 * {@code delivery.pickup.escalate-after} after it was offered goes to the operators' list
 * ({@code GET /delivery/admin/unpicked-deliveries}), checked every {@code delivery.timers.interval}.
 * It stays offered to the riders of its area: F7 keeps a rider to the areas they serve, so the
 * operator finds one (or reassigns areas) rather than the board showing it to every rider.
 */
@ApplicationScoped
public class DeliveryTimers extends PeriodicJob {

    private static final Logger LOG = Logger.getLogger(DeliveryTimers.class.getName());

    @Inject
    DeliveryRepository deliveries;

    @Inject
    DeliveryLifecycle lifecycle;

    @Inject
    @ConfigProperty(name = "delivery.pickup.escalate-after")
    Duration escalateAfter;

    @Inject
    @ConfigProperty(name = "delivery.timers.interval")
    Duration interval;

    @Override
    protected Duration interval() {
        return interval;
    }

    @Override
    protected void runOnce() {
        Instant cutoff = Instant.now().minus(escalateAfter);
        sweep(deliveries.waitingSince(cutoff, batch()), orderId -> lifecycle.escalateIfStillWaiting(orderId, cutoff),
                orderId -> LOG.warning(() -> "Order " + orderId + ": no rider picked it up within " + escalateAfter
                        + "; on the operators' list (GET /delivery/admin/unpicked-deliveries)"));
    }
}
