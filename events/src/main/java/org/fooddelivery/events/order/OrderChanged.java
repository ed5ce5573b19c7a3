package org.fooddelivery.events.order;

import org.fooddelivery.events.DomainEvent;

/** The kitchen took the change: the customer now owes {@code totalAmount}; payment adjusts to it. */
public record OrderChanged(String orderId, int changeNumber, long previousTotalAmount, long totalAmount)
        implements DomainEvent {
}
