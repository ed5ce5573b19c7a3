package org.fooddelivery.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Keeps the de-duplication table from growing without bound: records older than the retention
 * ({@code food.messaging.processed-events.retention}, default 7 days, far longer than any
 * redelivery) are deleted periodically, a batch per transaction
 * ({@code food.messaging.purge-batch-size}) so consumers never wait behind the purge.
 */
@ApplicationScoped
public class ProcessedEventsPurge extends PeriodicJob {

    private static final Logger LOG = Logger.getLogger(ProcessedEventsPurge.class.getName());

    @Inject
    ProcessedEvents processed;

    @Inject
    @ConfigProperty(name = "food.messaging.processed-events.retention")
    Duration retention;

    @Inject
    @ConfigProperty(name = "food.messaging.processed-events.purge-interval")
    Duration interval;

    @Inject
    @ConfigProperty(name = "food.messaging.purge-batch-size")
    int batchSize;

    @Override
    protected Duration interval() {
        return interval;
    }

    @Override
    protected void runOnce() {
        Instant cutoff = Instant.now().minus(retention);
        long purged = 0;
        int batch;
        do {
            batch = processed.purgeBatchProcessedBefore(cutoff, batchSize);
            purged += batch;
        } while (batch == batchSize);
        long total = purged;
        if (total > 0) {
            LOG.info(() -> "Purged " + total + " processed-event records older than " + retention);
        }
    }
}
