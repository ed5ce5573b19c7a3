package org.fooddelivery.events.payment;

import org.fooddelivery.events.DomainEvent;

/** The order completed: the money is the store's. */
public record PaymentSettled(String orderId, String paymentId, long settledAmount) implements DomainEvent {
}
