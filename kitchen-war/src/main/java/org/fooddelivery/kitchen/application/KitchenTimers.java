package org.fooddelivery.kitchen.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fooddelivery.platform.messaging.PeriodicJob;
import org.fooddelivery.kitchen.domain.TicketRepository;

import java.time.Duration;
import java.time.Instant;
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
public class KitchenTimers extends PeriodicJob {

    private static final Logger LOG = Logger.getLogger(KitchenTimers.class.getName());

    @Inject
    TicketRepository tickets;

    @Inject
    KitchenTickets kitchen;

    @Inject
    ThankYouNotes thanks;

    @Inject
    @ConfigProperty(name = "kitchen.ticket.accept-timeout")
    Duration acceptTimeout;

    @Inject
    @ConfigProperty(name = "kitchen.timers.interval")
    Duration interval;

    @Override
    protected Duration interval() {
        return interval;
    }

    @Override
    protected void runOnce() {
        Instant cutoff = Instant.now().minus(acceptTimeout);
        sweep(tickets.receivedBefore(cutoff, batch()), orderId -> kitchen.rejectIfStillUnanswered(orderId, cutoff),
                orderId -> LOG.info(() -> "Order " + orderId + " rejected: the store did not answer within " + acceptTimeout));
        sweep(tickets.thanksDue(Instant.now(), batch()), thanks::sendDefaultIfDue,
                orderId -> LOG.fine(() -> "Order " + orderId + ": the store's default thank-you sent"));
    }
}
