package org.fooddelivery.payment.application;

import org.fooddelivery.payment.domain.Payment;

/**
 * What payment announces to the saga (contract §4, the payment topic). Called inside the
 * transaction that changed the payment; the messaging package implements it with JMS, so an
 * announcement is sent if and only if that change commits.
 */
public interface PaymentEvents {

    void approved(Payment payment);

    /** The order came after its charge was refunded as an orphan: nothing pays for it. */
    void voided(Payment payment);

    void refunded(Payment payment, long refundedNow);

    void adjusted(Payment payment);

    void settled(Payment payment);
}
