package org.fooddelivery.payment.domain;

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
