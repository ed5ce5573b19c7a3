package org.fooddelivery.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fooddelivery.events.kitchen.ThankYouSent;
import org.fooddelivery.events.order.OrderRequestEscalated;
import org.fooddelivery.events.order.OrderStatusChanged;
import org.fooddelivery.platform.messaging.EventHandler;
import org.fooddelivery.platform.messaging.EventRoutes;
import org.fooddelivery.notification.application.CustomerMessages;

/**
 * Consumer "notification", fed by both subscriptions ({@link OrderEventsListener},
 * {@link KitchenEventsListener}): a KakaoTalk message per status change, per escalated request
 * and per thank-you.
 */
@ApplicationScoped
public class NotificationEventHandler implements EventHandler {

    /** Its key in PROCESSED_EVENT and PARKED_EVENT; the selectors of subscriptions.xml are named after it. */
    public static final String CONSUMER = "notification";

    @Inject
    CustomerMessages messages;

    private final EventRoutes routes = EventRoutes.builder()
            .on(OrderStatusChanged.class, (changed, event) -> messages.onStatusChanged(event, changed))
            .on(OrderRequestEscalated.class, (escalated, event) -> messages.onRequestEscalated(event, escalated))
            .on(ThankYouSent.class, (thanks, event) -> messages.onThankYou(event, thanks))
            .build();

    @Override
    public String consumer() {
        return CONSUMER;
    }

    @Override
    public EventRoutes routes() {
        return routes;
    }
}
