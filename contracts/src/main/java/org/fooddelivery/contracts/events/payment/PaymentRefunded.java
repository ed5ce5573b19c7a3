package org.fooddelivery.contracts.events.payment;

import org.fooddelivery.contracts.events.DomainEvent;

/** Money went back to the customer: all of it, or the difference after a cheaper change. */
public record PaymentRefunded(String orderId, String paymentId, long refundedNow, long amount, long refundedAmount,
                              String status) implements DomainEvent {
}
