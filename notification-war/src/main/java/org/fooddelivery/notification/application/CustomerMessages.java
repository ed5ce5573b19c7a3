package org.fooddelivery.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fooddelivery.events.EventEnvelope;
import org.fooddelivery.events.kitchen.ThankYouSent;
import org.fooddelivery.events.order.OrderRequestEscalated;
import org.fooddelivery.events.order.OrderStatusChanged;
import org.fooddelivery.platform.problem.ProblemException;
import org.fooddelivery.notification.domain.Notification;
import org.fooddelivery.notification.domain.NotificationRepository;
import org.fooddelivery.notification.domain.NotificationType;

import java.time.Instant;
import java.util.List;

/**
 * F10 and F12: turns events into messages to the customer. A message is stored in the event's
 * transaction (so a redelivered event, already recorded as processed, makes no second one) and
 * sent once that transaction has committed.
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
        store(new Notification(event.eventId(), change.orderId(), change.customerId(), NotificationType.STATUS_CHANGED,
                change.status(), texts.statusChanged(change.orderId(), change.status(), change.reason()), Instant.now()));
    }

    /** The kitchen never answered the customer's cancel or change: they hear that an operator has it. */
    @Transactional
    public void onRequestEscalated(EventEnvelope event, OrderRequestEscalated escalated) {
        String status = escalated.request() + "_REQUESTED";
        store(new Notification(event.eventId(), escalated.orderId(), escalated.customerId(),
                NotificationType.STATUS_CHANGED, status, texts.statusChanged(escalated.orderId(), status, null),
                Instant.now()));
    }

    @Transactional
    public void onThankYou(EventEnvelope event, ThankYouSent thanks) {
        store(new Notification(event.eventId(), thanks.orderId(), thanks.customerId(), NotificationType.THANK_YOU,
                null, "[" + thanks.storeName() + "] " + thanks.message(), Instant.now()));
    }

    public List<Notification> ofOrder(String callerId, boolean admin, String orderId) {
        List<Notification> all = notifications.ofOrder(orderId);
        if (!admin && all.stream().anyMatch(n -> !n.belongsTo(callerId))) {
            throw ProblemException.forbidden("order " + orderId + " is not yours");
        }
        return all;
    }

    /** An admin sends a FAILED message again. */
    @Transactional
    public Notification resend(String notificationId) {
        Notification notification = notifications.lock(notificationId)
                .orElseThrow(() -> ProblemException.notFound("no notification " + notificationId));
        if (!notification.retry(Instant.now())) {
            throw ProblemException.conflict("notification " + notificationId + " is " + notification.getState()
                    + "; only a FAILED one can be re-sent");
        }
        stored.fire(new NotificationStored(notificationId));
        return notification;
    }

    private void store(Notification notification) {
        notifications.add(notification);
        stored.fire(new NotificationStored(notification.getId()));
    }
}
