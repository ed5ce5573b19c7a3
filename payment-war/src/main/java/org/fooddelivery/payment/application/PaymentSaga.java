package org.fooddelivery.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fooddelivery.platform.audit.AuditLog;
import org.fooddelivery.payment.domain.Payment;
import org.fooddelivery.payment.domain.PaymentRepository;

import java.time.Instant;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Payment's part of the saga, driven by the order topic: refund in full when an order is rejected
 * or cancelled (A3), adjust to a changed order's new total, settle a completed order. Each step is
 * idempotent on the payment's own state, on top of the de-duplication by event id.
 */
@ApplicationScoped
public class PaymentSaga {

    private static final Logger LOG = Logger.getLogger(PaymentSaga.class.getName());

    @Inject
    PaymentRepository payments;

    @Inject
    PaymentEvents events;

    /**
     * The order exists. If its charge was already refunded as an orphan (OrderPlaced held back
     * past {@code payment.orphan-refund-after}: a backlog, a stopped payment service, a parked
     * message), nothing pays for the order any more: PaymentVoided tells the order service to end
     * it (rejected, PAYMENT_VOIDED), so no order goes on with its charge refunded.
     */
    @Transactional
    public void orderPlaced(String orderId) {
        withPayment(orderId, payment -> {
            if (!payment.confirmOrder()) {
                LOG.warning(() -> "Order " + orderId + " announced itself after its charge was refunded as an orphan; voiding it");
                events.voided(payment);
            }
        });
    }

    /** Rejected, cancelled, or never placed: everything goes back to the customer. */
    @Transactional
    public void refundInFull(String orderId, String reason) {
        withPayment(orderId, payment -> refund(payment, reason));
    }

    @Transactional
    public void orderChanged(String orderId, int changeNumber, long newTotal) {
        withPayment(orderId, payment -> {
            if (payment.adjustTo(changeNumber, newTotal, Instant.now())) {
                AuditLog.record("payment.adjusted", AuditLog.SYSTEM, orderId, "payment " + payment.getId()
                        + " amount " + payment.getAmount() + " refunded " + payment.getRefundedAmount() + " (change " + changeNumber + ")");
                events.adjusted(payment);
            }
        });
    }

    @Transactional
    public void orderCompleted(String orderId) {
        withPayment(orderId, payment -> {
            if (payment.settle(Instant.now())) {
                AuditLog.record("payment.settled", AuditLog.SYSTEM, orderId, "payment " + payment.getId()
                        + " net " + payment.netAmount());
                events.settled(payment);
            } else if (payment.isVoided()) {
                // Only if the order completed before payment saw it placed (voiding comes too late).
                LOG.severe(() -> "Order " + orderId + " completed although its charge was refunded as an orphan: "
                        + "nothing to settle; an operator must recover " + payment.getAmount());
            }
        });
    }

    /** Saga timeout: refunds an approved payment whose order never announced itself. */
    @Transactional
    public boolean refundIfStillOrphan(String paymentId, Instant cutoff) {
        return payments.lock(paymentId).filter(p -> p.isOrphanSince(cutoff)).map(payment -> {
            refund(payment, Payment.ORPHAN_REASON);
            return true;
        }).orElse(false);
    }

    private void refund(Payment payment, String reason) {
        payment.refundAll(reason, Instant.now()).ifPresent(refundedNow -> {
            AuditLog.record("payment.refunded", AuditLog.SYSTEM, payment.getOrderId(), "payment " + payment.getId()
                    + " refunded " + refundedNow + " of " + payment.getAmount() + " (" + reason + ")");
            events.refunded(payment, refundedNow);
        });
    }

    private void withPayment(String orderId, Consumer<Payment> step) {
        payments.lockCharged(orderId).ifPresentOrElse(step,
                () -> LOG.warning(() -> "No charged payment for order " + orderId + "; event ignored"));
    }
}
