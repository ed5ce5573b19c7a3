package org.fooddelivery.platform.messaging;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.fooddelivery.platform.schema.SchemaReady;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * A duty a service performs on a clock (saga timeouts, sweeps, purges), run on the server's managed
 * scheduler from the moment the service's schema is ready to application stop. A failed run is
 * logged and the next one tries again.
 *
 * <p>Most jobs are sweeps: list the candidates (at most {@link #batch()} per run, the oldest first),
 * then handle each in a transaction of its own under its row's lock, checking the rule again there
 * ({@link #sweep}). A candidate whose handling fails is logged and comes back on the next run; the
 * others go on, so one bad row never holds up a timeout for every order listed after it.
 */
public abstract class PeriodicJob {

    private static final Logger LOG = Logger.getLogger(PeriodicJob.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "food.jobs.sweep-batch-size")
    int sweepBatchSize;

    private ScheduledFuture<?> task;

    protected abstract Duration interval();

    /** How many candidates a sweep lists per run ({@code food.jobs.sweep-batch-size}); the rest come next run. */
    protected final int batch() {
        return sweepBatchSize;
    }

    protected abstract void runOnce();

    void start(@Observes SchemaReady schemaReady) {
        long every = interval().toMillis();
        task = scheduler.scheduleWithFixedDelay(this::runSafely, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Handles each candidate on its own.
     *
     * @param handle acts on a candidate if its rule still holds; true if it acted
     * @param acted  told of each candidate acted on (to log what was done)
     */
    protected final <T> void sweep(List<T> candidates, Predicate<T> handle, Consumer<T> acted) {
        for (T candidate : candidates) {
            boolean done;
            try {
                done = handle.test(candidate);
            } catch (RuntimeException e) {
                LOG.warning(() -> getClass().getSimpleName() + ": " + candidate + " failed, tried again next run: " + e);
                continue;
            }
            if (done) {
                acted.accept(candidate);
            }
        }
    }

    /** Handles each candidate on its own, as {@link #sweep(List, Predicate, Consumer)}, nothing to report. */
    protected final <T> void sweep(List<T> candidates, Consumer<T> handle) {
        sweep(candidates, candidate -> {
            handle.accept(candidate);
            return false;
        }, candidate -> { });
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
