package org.fooddelivery.events.order;

/** Where an order goes: the area decides which riders see it, coordinates refine that. */
public record DeliveryAddress(String area, String street, Double lat, Double lng) {
}
