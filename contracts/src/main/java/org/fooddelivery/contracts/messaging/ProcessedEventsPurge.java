package org.fooddelivery.contracts.messaging;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Keeps the de-duplication table from growing without bound: records older than the retention
 * ({@code food.messaging.processed-events.retention}, default 7 days, far longer than any
 * redelivery) are deleted periodically.
 */
@ApplicationScoped
public class ProcessedEventsPurge {

    private static final Logger LOG = Logger.getLogger(ProcessedEventsPurge.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ProcessedEvents processed;

    @Inject
    @ConfigProperty(name = "food.messaging.processed-events.retention", defaultValue = "P7D")
    Duration retention;

    @Inject
    @ConfigProperty(name = "food.messaging.processed-events.purge-interval", defaultValue = "PT1H")
    Duration interval;

    private ScheduledFuture<?> task;

    void start(@Observes Startup startup) {
        task = scheduler.scheduleWithFixedDelay(this::purge, interval.toSeconds(), interval.toSeconds(), TimeUnit.SECONDS);
    }

    void purge() {
        try {
            int purged = processed.purgeProcessedBefore(Instant.now().minus(retention));
            if (purged > 0) {
                LOG.info(() -> "Purged " + purged + " processed-event records older than " + retention);
            }
        } catch (RuntimeException e) {
            LOG.warning("Purging processed-event records failed, will retry: " + e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
