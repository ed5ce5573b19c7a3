package org.fooddelivery.contracts.events.delivery;

import org.fooddelivery.contracts.events.DomainEvent;

/** A rider has the food (F8); only one rider ever picks a delivery up. */
public record DeliveryPickedUp(String orderId, String riderId) implements DomainEvent {
}
