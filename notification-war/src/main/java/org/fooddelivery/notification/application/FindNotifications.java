package org.fooddelivery.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fooddelivery.notification.domain.Notification;
import org.fooddelivery.notification.domain.NotificationRepository;
import org.fooddelivery.platform.application.NotYoursException;

import java.util.List;

/** F10, F12: the messages of an order, for its customer or an admin. */
@ApplicationScoped
public class FindNotifications {

    @Inject
    NotificationRepository notifications;

    public List<Notification> ofOrder(String callerId, boolean admin, String orderId) {
        List<Notification> all = notifications.ofOrder(orderId);
        if (!admin && all.stream().anyMatch(n -> !n.belongsTo(callerId))) {
            throw new NotYoursException("order " + orderId + " is not yours");
        }
        return all;
    }
}
