package org.fooddelivery.delivery.application;

import org.fooddelivery.delivery.domain.Delivery;

/**
 * What delivery announces to the saga (contract §4), in the transaction of the change it reports:
 * the port between the use cases and messaging ({@code messaging.JmsDeliveryEvents} sends it).
 */
public interface DeliveryEvents {

    /** F8: a rider has the food. */
    void pickedUp(Delivery delivery);
}
