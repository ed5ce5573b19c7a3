package org.fooddelivery.payment.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fooddelivery.events.payment.PaymentAdjusted;
import org.fooddelivery.events.payment.PaymentApproved;
import org.fooddelivery.events.payment.PaymentRefunded;
import org.fooddelivery.events.payment.PaymentSettled;
import org.fooddelivery.events.payment.PaymentVoided;
import org.fooddelivery.payment.application.PaymentEvents;
import org.fooddelivery.payment.domain.Payment;
import org.fooddelivery.platform.messaging.EventPublisher;

/** Payment's announcements as events on its topic, sent in the caller's transaction. */
@ApplicationScoped
public class JmsPaymentEvents implements PaymentEvents {

    @Inject
    EventPublisher publisher;

    @Override
    public void approved(Payment payment) {
        publisher.publish(new PaymentApproved(payment.getOrderId(), payment.getId(), payment.getCustomerId(),
                payment.getAmount()));
    }

    @Override
    public void voided(Payment payment) {
        publisher.publish(new PaymentVoided(payment.getOrderId(), payment.getId(), payment.getRefundReason()));
    }

    @Override
    public void refunded(Payment payment, long refundedNow) {
        publisher.publish(new PaymentRefunded(payment.getOrderId(), payment.getId(), refundedNow, payment.getAmount(),
                payment.getRefundedAmount(), payment.getStatus().name()));
    }

    @Override
    public void adjusted(Payment payment) {
        publisher.publish(new PaymentAdjusted(payment.getOrderId(), payment.getId(), payment.getAmount(),
                payment.getRefundedAmount(), payment.getStatus().name()));
    }

    @Override
    public void settled(Payment payment) {
        publisher.publish(new PaymentSettled(payment.getOrderId(), payment.getId(), payment.netAmount()));
    }
}
