package org.fooddelivery.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fooddelivery.payment.domain.Payment;
import org.fooddelivery.payment.domain.PaymentRepository;
import org.fooddelivery.platform.application.NotYoursException;

import java.util.List;

/** Who may see which payments: a customer those of their own orders, an admin any. */
@ApplicationScoped
public class Payments {

    @Inject
    PaymentRepository repository;

    public List<Payment> ofOrder(String callerId, boolean callerIsAdmin, String orderId) {
        List<Payment> payments = repository.ofOrder(orderId);
        if (!callerIsAdmin && payments.stream().anyMatch(p -> !p.belongsTo(callerId))) {
            throw new NotYoursException("order " + orderId + " is not yours");
        }
        return payments;
    }
}
