package org.fooddelivery.contracts.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Keeps the de-duplication table from growing without bound: records older than the retention
 * ({@code food.messaging.processed-events.retention}, default 7 days, far longer than any
 * redelivery) are deleted periodically.
 */
@ApplicationScoped
public class ProcessedEventsPurge extends PeriodicJob {

    private static final Logger LOG = Logger.getLogger(ProcessedEventsPurge.class.getName());

    @Inject
    ProcessedEvents processed;

    @Inject
    @ConfigProperty(name = "food.messaging.processed-events.retention", defaultValue = "P7D")
    Duration retention;

    @Inject
    @ConfigProperty(name = "food.messaging.processed-events.purge-interval", defaultValue = "PT1H")
    Duration interval;

    @Override
    protected Duration interval() {
        return interval;
    }

    @Override
    protected void runOnce() {
        int purged = processed.purgeProcessedBefore(Instant.now().minus(retention));
        if (purged > 0) {
            LOG.info(() -> "Purged " + purged + " processed-event records older than " + retention);
        }
    }
}
