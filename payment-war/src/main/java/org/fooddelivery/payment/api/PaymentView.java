package org.fooddelivery.payment.api;

import org.fooddelivery.events.payment.PaymentStatus;
import org.fooddelivery.payment.domain.Payment;

import java.time.Instant;

public record PaymentView(String id, String orderId, String customerId, long amount, long refundedAmount,
                          PaymentStatus status, String cardLast4, Instant createdAt, Instant updatedAt,
                          String refundReason) {

    static PaymentView of(Payment p) {
        return new PaymentView(p.getId(), p.getOrderId(), p.getCustomerId(), p.getAmount(), p.getRefundedAmount(),
                p.getStatus(), p.getCardLast4(), p.getCreatedAt(), p.getUpdatedAt(), p.getRefundReason());
    }
}
