package org.fooddelivery.events.payment;

import org.fooddelivery.events.DomainEvent;

/** After a change the customer's net charge is the order's new total. */
public record PaymentAdjusted(String orderId, String paymentId, long amount, long refundedAmount, String status)
        implements DomainEvent {
}
