package org.fooddelivery.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fooddelivery.platform.audit.AuditLog;
import org.fooddelivery.payment.domain.Payment;
import org.fooddelivery.payment.domain.PaymentRepository;

import java.util.Optional;

/** Records the acquirer's answer to a charge: the payment, its audit line and PaymentApproved, in one transaction. */
@ApplicationScoped
public class PaymentLedger {

    @Inject
    PaymentRepository repository;

    @Inject
    PaymentEvents events;

    /**
     * A request that finds the order already paid (charged meanwhile by a racing request) gets that
     * payment; otherwise the answer is stored, and an approval announced.
     */
    @Transactional
    public Payment record(String caller, String customerId, String orderId, long amount, String cardNumber, boolean approved) {
        Optional<Payment> earlier = alreadyCharged(customerId, orderId, amount);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Payment payment = Payment.charge(orderId, customerId, amount, cardNumber, approved);
        repository.add(payment);
        AuditLog.record(payment.isApproved() ? "payment.charged" : "payment.declined", caller, orderId,
                "payment " + payment.getId() + " customer " + customerId + " amount " + amount
                        + " card ending " + payment.getCardLast4());
        if (payment.isApproved()) {
            events.approved(payment);
        }
        return payment;
    }

    /**
     * The approved payment of the order, if it was charged already for this customer and amount;
     * refused ({@link Payment#answerRepeatedCharge}) if it was charged for another.
     */
    public Optional<Payment> alreadyCharged(String customerId, String orderId, long amount) {
        return repository.ofOrder(orderId).stream().filter(Payment::isApproved).findFirst()
                .map(approved -> approved.answerRepeatedCharge(customerId, amount));
    }
}
