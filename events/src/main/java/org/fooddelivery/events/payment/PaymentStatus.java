package org.fooddelivery.events.payment;

/**
 * Where an order's money stands (contract §5, {@code GET /payments}): the {@code status} of
 * {@link PaymentRefunded} and {@link PaymentAdjusted} on the wire, and what the tracking view
 * shows after each payment event.
 */
public enum PaymentStatus {
    /** The card was charged. */
    APPROVED,
    /** The card issuer refused; nothing was charged. */
    DECLINED,
    /** Part of the charge went back to the customer. */
    PARTIALLY_REFUNDED,
    /** All of the charge went back to the customer. */
    REFUNDED,
    /** The order completed and the money is the store's. */
    SETTLED
}
