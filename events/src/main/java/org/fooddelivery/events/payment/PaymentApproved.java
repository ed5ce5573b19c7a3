package org.fooddelivery.events.payment;

import org.fooddelivery.events.DomainEvent;

/** The customer's card was charged for an order. */
public record PaymentApproved(String orderId, String paymentId, String customerId, long amount)
        implements DomainEvent {
}
