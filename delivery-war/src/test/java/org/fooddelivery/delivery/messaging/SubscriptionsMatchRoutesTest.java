package org.fooddelivery.delivery.messaging;

import org.fooddelivery.platform.testing.ServerSubscriptions;
import org.junit.jupiter.api.Test;

/** Delivery's subscriptions in both topologies select exactly what DeliveryEventHandler routes. */
class SubscriptionsMatchRoutesTest {

    @Test
    void subscriptionsSelectExactlyTheRoutedEvents() {
        ServerSubscriptions.assertMatchCode("delivery-war", new DeliveryEventHandler());
    }
}
