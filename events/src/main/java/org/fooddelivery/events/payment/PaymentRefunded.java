package org.fooddelivery.events.payment;

import org.fooddelivery.events.DomainEvent;

/** Money went back to the customer: all of it, or the difference after a cheaper change. */
public record PaymentRefunded(String orderId, String paymentId, long refundedNow, long amount, long refundedAmount,
                              String status) implements DomainEvent {
}
