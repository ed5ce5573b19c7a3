package org.fooddelivery.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.fooddelivery.notification.domain.Notification;
import org.fooddelivery.notification.domain.NotificationRepository;
import org.fooddelivery.notification.domain.NotificationState;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The short transactions around a send: claim it, then record how it went. */
@ApplicationScoped
public class NotificationOutcomes {

    @Inject
    NotificationRepository notifications;

    @Transactional
    public Optional<Notification> claim(String id) {
        return notifications.lock(id).filter(n -> n.claim(Instant.now()));
    }

    @Transactional
    public void sent(String id) {
        notifications.lock(id).ifPresent(n -> n.sent(Instant.now()));
    }

    @Transactional
    public void failed(String id, String why) {
        notifications.lock(id).ifPresent(n -> n.failed(why, Instant.now()));
    }

    public List<String> pendingSince(Instant before) {
        return notifications.inStateSince(NotificationState.PENDING, before, 100);
    }

    /**
     * A message claimed long ago and never finished (the server died mid-send) is marked FAILED
     * rather than sent blindly again: it may have reached the customer. An admin decides.
     */
    @Transactional
    public void failStuckSending(Instant before) {
        notifications.inStateSince(NotificationState.SENDING, before, 100).forEach(id ->
                notifications.lock(id).ifPresent(n -> n.failed("interrupted while sending; re-send if needed",
                        Instant.now())));
    }
}
