package org.fooddelivery.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fooddelivery.notification.domain.Notification;
import org.fooddelivery.notification.domain.NotificationRepository;
import org.fooddelivery.platform.application.NoSuchResourceException;

import java.time.Instant;

/** An admin sends a FAILED message again ({@link Notification#resend}); it goes out after the commit. */
@ApplicationScoped
public class ResendNotification {

    @Inject
    NotificationRepository notifications;

    @Inject
    Event<NotificationStored> stored;

    @Transactional
    public Notification resend(String notificationId) {
        Notification notification = notifications.lock(notificationId)
                .orElseThrow(() -> new NoSuchResourceException("no notification " + notificationId));
        notification.resend(Instant.now());
        stored.fire(new NotificationStored(notificationId));
        return notification;
    }
}
