package org.fooddelivery.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fooddelivery.contracts.audit.AuditLog;
import org.fooddelivery.contracts.events.payment.PaymentApproved;
import org.fooddelivery.contracts.messaging.EventPublisher;
import org.fooddelivery.contracts.problem.ProblemException;
import org.fooddelivery.payment.domain.Payment;
import org.fooddelivery.payment.domain.PaymentRepository;

import java.util.List;
import java.util.Optional;

/** Charging an order's card, and who may see which payments. */
@ApplicationScoped
public class Payments {

    @Inject
    PaymentRepository repository;

    @Inject
    EventPublisher events;

    /**
     * Charges once per order: a repeated request for an order that is already paid (a client
     * retry after a lost response) gets the existing payment instead of a second charge. Two
     * requests racing each other are settled by the unique approved-order key: the loser's
     * transaction fails, and {@link #alreadyCharged} answers it with the winner's payment.
     */
    @Transactional
    public Payment charge(String caller, String customerId, String orderId, long amount, String cardNumber) {
        Optional<Payment> approved = alreadyCharged(customerId, orderId, amount);
        if (approved.isPresent()) {
            return approved.get();
        }
        Payment payment = Payment.charge(orderId, customerId, amount, cardNumber);
        repository.add(payment);
        AuditLog.record(payment.isApproved() ? "payment.charged" : "payment.declined", caller, orderId,
                "payment " + payment.getId() + " customer " + customerId + " amount " + amount
                        + " card ending " + payment.getCardLast4());
        if (payment.isApproved()) {
            events.publish(new PaymentApproved(orderId, payment.getId(), customerId, amount));
        }
        return payment;
    }

    /** The approved payment of the order, if it was charged already for this customer and amount. */
    public Optional<Payment> alreadyCharged(String customerId, String orderId, long amount) {
        Optional<Payment> approved = repository.ofOrder(orderId).stream().filter(Payment::isApproved).findFirst();
        approved.ifPresent(existing -> {
            if (!existing.belongsTo(customerId) || existing.getAmount() != amount) {
                throw ProblemException.conflict("order " + orderId + " is already paid with a different amount or by someone else");
            }
        });
        return approved;
    }

    public List<Payment> ofOrder(String callerId, boolean callerIsAdmin, String orderId) {
        List<Payment> payments = repository.ofOrder(orderId);
        if (!callerIsAdmin && payments.stream().anyMatch(p -> !p.belongsTo(callerId))) {
            throw ProblemException.forbidden("order " + orderId + " is not yours");
        }
        return payments;
    }
}
