package org.fooddelivery.events.payment;

import org.fooddelivery.events.DomainEvent;

/**
 * The order announced itself after its charge had already been refunded as an orphan (its
 * OrderPlaced came later than {@code payment.orphan-refund-after}): nothing pays for it any more,
 * so the order service ends it. {@code reason} is why the charge was refunded.
 */
public record PaymentVoided(String orderId, String paymentId, String reason) implements DomainEvent {
}
