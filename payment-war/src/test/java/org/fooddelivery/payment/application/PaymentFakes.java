package org.fooddelivery.payment.application;

import org.fooddelivery.events.payment.PaymentStatus;
import org.fooddelivery.payment.client.CardAcquirer;
import org.fooddelivery.payment.domain.Payment;
import org.fooddelivery.payment.domain.PaymentRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Hand-written stand-ins for payment's repository, card acquirer and announcements. */
final class PaymentFakes {

    private PaymentFakes() {
    }

    static class Payments extends PaymentRepository {
        final List<Payment> stored = new ArrayList<>();

        @Override
        public List<Payment> ofOrder(String orderId) {
            return stored.stream().filter(p -> p.getOrderId().equals(orderId)).toList();
        }

        @Override
        public Optional<Payment> lockCharged(String orderId) {
            return ofOrder(orderId).stream().filter(p -> p.getStatus() != PaymentStatus.DECLINED).findFirst();
        }

        @Override
        public Optional<Payment> lock(String paymentId) {
            return stored.stream().filter(p -> p.getId().equals(paymentId)).findFirst();
        }

        @Override
        public List<String> unconfirmedBefore(Instant cutoff, int max) {
            return stored.stream().filter(p -> p.isOrphanSince(cutoff)).map(Payment::getId).limit(max).toList();
        }

        @Override
        public void add(Payment payment) {
            stored.add(payment);
        }
    }

    /** Answers every authorisation with {@code answer} (true approves), counting the calls. */
    static final class Acquirer extends CardAcquirer {
        Supplier<Boolean> answer = () -> true;
        int asked;

        @Override
        public boolean authorize(String orderId, long amount, String cardNumber) {
            asked++;
            return answer.get();
        }
    }

    static final class Events implements PaymentEvents {
        final List<String> announced = new ArrayList<>();

        @Override
        public void approved(Payment payment) {
            announced.add("PaymentApproved " + payment.getOrderId() + " " + payment.getAmount());
        }

        @Override
        public void voided(Payment payment) {
            announced.add("PaymentVoided " + payment.getOrderId() + " " + payment.getRefundReason());
        }

        @Override
        public void refunded(Payment payment, long refundedNow) {
            announced.add("PaymentRefunded " + payment.getOrderId() + " " + refundedNow + " " + payment.getStatus());
        }

        @Override
        public void adjusted(Payment payment) {
            announced.add("PaymentAdjusted " + payment.getOrderId() + " " + payment.netAmount() + " " + payment.getStatus());
        }

        @Override
        public void settled(Payment payment) {
            announced.add("PaymentSettled " + payment.getOrderId() + " " + payment.netAmount());
        }
    }
}
