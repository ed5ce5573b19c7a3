package org.fooddelivery.kitchen.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fooddelivery.kitchen.domain.TicketRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The kitchen's clock-driven duties, checked every {@code kitchen.timers.interval}:
 * <ul>
 *   <li>saga timeout: an order the store leaves in RECEIVED longer than
 *       {@code kitchen.ticket.accept-timeout} is rejected with STORE_TIMEOUT (and so refunded),
 *       instead of leaving a paying customer waiting forever;</li>
 *   <li>F12: the store's default thank-you goes out for completed orders whose owner did not
 *       write their own within the grace period.</li>
 * </ul>
 */
@ApplicationScoped
public class KitchenTimers {

    private static final Logger LOG = Logger.getLogger(KitchenTimers.class.getName());
    private static final int BATCH = 100;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    TicketRepository tickets;

    @Inject
    KitchenTickets kitchen;

    @Inject
    ThankYouNotes thanks;

    @Inject
    @ConfigProperty(name = "kitchen.ticket.accept-timeout", defaultValue = "PT10M")
    Duration acceptTimeout;

    @Inject
    @ConfigProperty(name = "kitchen.timers.interval", defaultValue = "PT15S")
    Duration interval;

    private ScheduledFuture<?> task;

    void start(@Observes Startup startup) {
        long every = interval.toMillis();
        task = scheduler.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Tickets unanswered for " + acceptTimeout + " are rejected (checked every " + interval + ")");
    }

    void tick() {
        try {
            Instant cutoff = Instant.now().minus(acceptTimeout);
            for (String orderId : tickets.receivedBefore(cutoff, BATCH)) {
                if (kitchen.rejectIfStillUnanswered(orderId, cutoff)) {
                    LOG.info(() -> "Order " + orderId + " rejected: the store did not answer within " + acceptTimeout);
                }
            }
            for (String orderId : tickets.thanksDue(Instant.now(), BATCH)) {
                thanks.sendDefaultIfDue(orderId);
            }
        } catch (RuntimeException e) {
            LOG.warning("Kitchen timers failed, will retry: " + e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
