package org.fooddelivery.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fooddelivery.contracts.events.EventEnvelope;
import org.fooddelivery.contracts.events.kitchen.ThankYouSent;
import org.fooddelivery.contracts.events.order.OrderRequestEscalated;
import org.fooddelivery.contracts.events.order.OrderStatusChanged;
import org.fooddelivery.contracts.messaging.EventHandler;
import org.fooddelivery.notification.application.CustomerMessages;

/** Consumer "notification": a KakaoTalk message per status change and per thank-you. */
@ApplicationScoped
public class NotificationEventHandler implements EventHandler {

    @Inject
    CustomerMessages messages;

    @Override
    public String consumer() {
        return "notification";
    }

    @Override
    public void handle(EventEnvelope event) {
        switch (event.eventType()) {
            case "OrderStatusChanged" -> messages.onStatusChanged(event, event.payloadAs(OrderStatusChanged.class));
            case "OrderRequestEscalated" ->
                    messages.onRequestEscalated(event, event.payloadAs(OrderRequestEscalated.class));
            case "ThankYouSent" -> messages.onThankYou(event, event.payloadAs(ThankYouSent.class));
            default -> { }
        }
    }
}
