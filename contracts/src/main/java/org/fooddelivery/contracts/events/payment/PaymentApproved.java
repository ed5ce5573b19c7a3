package org.fooddelivery.contracts.events.payment;

import org.fooddelivery.contracts.events.DomainEvent;

/** The customer's card was charged for an order. */
public record PaymentApproved(String orderId, String paymentId, String customerId, long amount)
        implements DomainEvent {
}
