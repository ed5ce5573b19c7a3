package org.fooddelivery.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fooddelivery.events.EventEnvelope;
import org.fooddelivery.events.kitchen.ThankYouSent;
import org.fooddelivery.events.order.OrderRequestEscalated;
import org.fooddelivery.events.order.OrderStatusChanged;
import org.fooddelivery.notification.domain.Notification;
import org.fooddelivery.notification.domain.NotificationRepository;

import java.time.Instant;

/**
 * F10 and F12: turns events into messages to the customer. A message is stored in the event's
 * transaction (so a redelivered event, already recorded as processed, makes no second one) and
 * sent once that transaction has committed ({@link NotificationDispatcher}).
 */
@ApplicationScoped
public class CustomerMessages {

    @Inject
    NotificationRepository notifications;

    @Inject
    MessageTexts texts;

    @Inject
    Event<NotificationStored> stored;

    @Transactional
    public void onStatusChanged(EventEnvelope event, OrderStatusChanged change) {
        store(Notification.statusChanged(event.eventId(), change.orderId(), change.customerId(), change.status(),
                texts.statusChanged(change.orderId(), change.status(), change.reason()), Instant.now()));
    }

    /** The kitchen never answered the customer's cancel or change: they hear that an operator has it. */
    @Transactional
    public void onRequestEscalated(EventEnvelope event, OrderRequestEscalated escalated) {
        String status = escalated.request() + "_REQUESTED";
        store(Notification.statusChanged(event.eventId(), escalated.orderId(), escalated.customerId(), status,
                texts.statusChanged(escalated.orderId(), status, null), Instant.now()));
    }

    @Transactional
    public void onThankYou(EventEnvelope event, ThankYouSent thanks) {
        store(Notification.thankYou(event.eventId(), thanks.orderId(), thanks.customerId(),
                texts.thankYou(thanks.storeName(), thanks.message()), Instant.now()));
    }

    private void store(Notification notification) {
        notifications.add(notification);
        stored.fire(new NotificationStored(notification.getId()));
    }
}
