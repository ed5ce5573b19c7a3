package org.fooddelivery.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fooddelivery.platform.messaging.PeriodicJob;
import org.fooddelivery.order.domain.Order;
import org.fooddelivery.order.domain.OrderRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Order-war's saga timeouts, checked every {@code order.timers.interval} (README, "Saga timeouts"):
 * <ul>
 *   <li>a cancel or change the kitchen leaves unanswered for {@code order.request.reask-after} is
 *       sent again under its first event id, at most {@code order.request.max-reasks} times; then it
 *       goes to the operators' list and the customer is told;</li>
 *   <li>an order picked up {@code order.delivery.auto-confirm-after} ago and never confirmed by its
 *       customer completes on its own (reason AUTO_CONFIRMED): payment settles, the store thanks.</li>
 * </ul>
 * Lists candidates only; each is handled in a transaction of its own under the row's lock.
 */
@ApplicationScoped
public class OrderTimers extends PeriodicJob {

    private static final Logger LOG = Logger.getLogger(OrderTimers.class.getName());

    @Inject
    OrderRepository candidates;

    @Inject
    SagaTimeouts timeouts;

    @Inject
    @ConfigProperty(name = "order.request.reask-after")
    Duration reaskAfter;

    @Inject
    @ConfigProperty(name = "order.request.max-reasks")
    int maxReasks;

    @Inject
    @ConfigProperty(name = "order.delivery.auto-confirm-after")
    Duration autoConfirmAfter;

    @Inject
    @ConfigProperty(name = "order.timers.interval")
    Duration interval;

    @Override
    protected Duration interval() {
        return interval;
    }

    @Override
    protected void runOnce() {
        Instant unanswered = Instant.now().minus(reaskAfter);
        sweep(candidates.requestsAskedBefore(unanswered, batch()),
                orderId -> timeouts.reaskIfStillUnanswered(orderId, unanswered, maxReasks) == Order.UnansweredRequest.ESCALATE,
                orderId -> LOG.warning(() -> "Order " + orderId + ": the kitchen answered none of " + (maxReasks + 1)
                        + " asks; on the operators' list (GET /orders/admin/unanswered-requests)"));
        Instant unconfirmed = Instant.now().minus(autoConfirmAfter);
        sweep(candidates.pickedUpBefore(unconfirmed, batch()),
                orderId -> timeouts.autoConfirmIfStillUnconfirmed(orderId, unconfirmed),
                orderId -> LOG.info(() -> "Order " + orderId + " completed: not confirmed within " + autoConfirmAfter
                        + " of pickup"));
    }
}
