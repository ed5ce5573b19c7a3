package org.fooddelivery.order.application;

import org.fooddelivery.order.domain.DeliveryAddress;
import org.fooddelivery.order.domain.RequestedItem;

import java.util.List;

/** What a customer asks for when ordering: validated in shape, not yet priced or paid. */
public record PlaceOrder(String customerId, long storeId, List<RequestedItem> items, DeliveryAddress deliveryAddress,
                         String cardNumber) {
}
