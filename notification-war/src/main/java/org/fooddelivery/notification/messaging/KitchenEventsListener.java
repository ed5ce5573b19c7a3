package org.fooddelivery.notification.messaging;

import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import org.fooddelivery.platform.messaging.EventHandler;
import org.fooddelivery.platform.messaging.EventSubscriber;

/**
 * Notification's durable subscription to the kitchen topic (ThankYouSent): activation spec
 * {@code notification-war/KitchenEventsListener} in liberty-config's includes/services/notification.xml.
 */
@MessageDriven(name = "KitchenEventsListener")
public class KitchenEventsListener extends EventSubscriber {

    @Inject
    NotificationEventHandler handler;

    @Override
    protected EventHandler handler() {
        return handler;
    }
}
