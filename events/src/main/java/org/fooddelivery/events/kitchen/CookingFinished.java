package org.fooddelivery.events.kitchen;

import org.fooddelivery.events.DomainEvent;
import org.fooddelivery.events.order.DeliveryAddress;

/** The food is ready for pickup (F7): everything delivery needs to offer it to riders. */
public record CookingFinished(String orderId, String customerId, long storeId, String storeName,
                              double storeLat, double storeLng, DeliveryAddress deliveryAddress) implements DomainEvent {
}
