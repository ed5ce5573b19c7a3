package org.fooddelivery.kitchen.messaging;

import org.fooddelivery.platform.testing.ServerSubscriptions;
import org.junit.jupiter.api.Test;

/** The kitchen's subscriptions in both topologies select exactly what KitchenEventHandler routes. */
class SubscriptionsMatchRoutesTest {

    @Test
    void subscriptionsSelectExactlyTheRoutedEvents() {
        ServerSubscriptions.assertMatchCode("kitchen-war", new KitchenEventHandler());
    }
}
