package org.fooddelivery.events.kitchen;

import org.fooddelivery.events.DomainEvent;

/** From here on the order can be neither cancelled nor changed. */
public record CookingStarted(String orderId) implements DomainEvent {
}
