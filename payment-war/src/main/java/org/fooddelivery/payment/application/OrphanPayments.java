package org.fooddelivery.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fooddelivery.platform.messaging.PeriodicJob;
import org.fooddelivery.payment.domain.PaymentRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Saga timeout: a charge whose order never got stored (order-war failed after payment approved,
 * or gave up on a slow payment that still went through) would keep the customer's money. An
 * approved payment without OrderPlaced after {@code payment.orphan-refund-after} is refunded.
 */
@ApplicationScoped
public class OrphanPayments extends PeriodicJob {

    private static final Logger LOG = Logger.getLogger(OrphanPayments.class.getName());

    @Inject
    PaymentRepository payments;

    @Inject
    PaymentSaga saga;

    @Inject
    @ConfigProperty(name = "payment.orphan-refund-after")
    Duration refundAfter;

    @Inject
    @ConfigProperty(name = "payment.orphan-check-interval")
    Duration checkInterval;

    @Override
    protected Duration interval() {
        return checkInterval;
    }

    @Override
    protected void runOnce() {
        Instant cutoff = Instant.now().minus(refundAfter);
        sweep(payments.unconfirmedBefore(cutoff, batch()), paymentId -> saga.refundIfStillOrphan(paymentId, cutoff),
                paymentId -> LOG.warning(() -> "Payment " + paymentId + " refunded: its order was never placed"));
    }
}
