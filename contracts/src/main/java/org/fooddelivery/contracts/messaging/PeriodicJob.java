package org.fooddelivery.contracts.messaging;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;

import org.fooddelivery.contracts.schema.SchemaReady;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * A duty a service performs on a clock (saga timeouts, sweeps, purges), run on the server's managed
 * scheduler from the moment the service's schema is ready to application stop. A failed run is
 * logged and the next one tries again.
 */
public abstract class PeriodicJob {

    private static final Logger LOG = Logger.getLogger(PeriodicJob.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> task;

    protected abstract Duration interval();

    protected abstract void runOnce();

    void start(@Observes SchemaReady schemaReady) {
        long every = interval().toMillis();
        task = scheduler.scheduleWithFixedDelay(this::runSafely, every, every, TimeUnit.MILLISECONDS);
    }

    private void runSafely() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.warning(() -> getClass().getSimpleName() + " failed, will run again: " + e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
