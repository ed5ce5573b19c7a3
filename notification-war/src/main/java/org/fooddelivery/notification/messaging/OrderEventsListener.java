package org.fooddelivery.notification.messaging;

import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import org.fooddelivery.platform.messaging.EventHandler;
import org.fooddelivery.platform.messaging.EventSubscriber;

/**
 * Notification's durable subscription to the order topic (OrderStatusChanged, OrderRequestEscalated): activation spec
 * {@code notification-war/OrderEventsListener} in liberty-config's includes/services/notification.xml.
 */
@MessageDriven(name = "OrderEventsListener")
public class OrderEventsListener extends EventSubscriber {

    @Inject
    NotificationEventHandler handler;

    @Override
    protected EventHandler handler() {
        return handler;
    }
}
