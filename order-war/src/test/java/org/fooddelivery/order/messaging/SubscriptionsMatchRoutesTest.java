package org.fooddelivery.order.messaging;

import org.fooddelivery.order.query.TrackingProjection;
import org.fooddelivery.platform.testing.ServerSubscriptions;
import org.junit.jupiter.api.Test;

/**
 * Order-war's subscriptions in both topologies select exactly what their consumers route: the
 * command side's three ({@link SagaEventHandler}) and the tracking projection's four.
 */
class SubscriptionsMatchRoutesTest {

    @Test
    void subscriptionsSelectExactlyTheRoutedEvents() {
        ServerSubscriptions.assertMatchCode("order-war", new SagaEventHandler(), new TrackingProjection());
    }
}
