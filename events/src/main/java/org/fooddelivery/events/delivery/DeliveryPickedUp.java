package org.fooddelivery.events.delivery;

import org.fooddelivery.events.DomainEvent;

/** A rider has the food (F8); only one rider ever picks a delivery up. */
public record DeliveryPickedUp(String orderId, String riderId) implements DomainEvent {
}
