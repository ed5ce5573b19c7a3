package org.fooddelivery.events.kitchen;

import org.fooddelivery.events.DomainEvent;

/** F12: the store thanks the customer for a completed order, once, in the owner's words or the store's default. */
public record ThankYouSent(String orderId, String customerId, long storeId, String storeName, String message)
        implements DomainEvent {
}
