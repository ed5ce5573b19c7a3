package org.fooddelivery.payment.messaging;

import org.fooddelivery.platform.testing.ServerSubscriptions;
import org.junit.jupiter.api.Test;

/** Payment's subscriptions in both topologies select exactly what PaymentEventHandler routes. */
class SubscriptionsMatchRoutesTest {

    @Test
    void subscriptionsSelectExactlyTheRoutedEvents() {
        ServerSubscriptions.assertMatchCode("payment-war", new PaymentEventHandler());
    }
}
