package org.fooddelivery.notification.messaging;

import org.fooddelivery.platform.testing.ServerSubscriptions;
import org.junit.jupiter.api.Test;

/** Notification's subscriptions in both topologies select exactly what NotificationEventHandler routes. */
class SubscriptionsMatchRoutesTest {

    @Test
    void subscriptionsSelectExactlyTheRoutedEvents() {
        ServerSubscriptions.assertMatchCode("notification-war", new NotificationEventHandler());
    }
}
