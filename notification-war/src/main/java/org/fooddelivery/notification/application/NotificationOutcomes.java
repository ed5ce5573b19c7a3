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
    public void gaveUp(String id, String why) {
        notifications.lock(id).ifPresent(n -> n.giveUp(why, Instant.now()));
    }

    /** Ids of messages stored before {@code before} and still not sent (the server stopped first). */
    public List<String> pendingSince(Instant before, int max) {
        return notifications.inStateSince(NotificationState.PENDING, before, max);
    }

    /**
     * Messages claimed before {@code before} and never finished (the server died mid-send) go back
     * to PENDING ({@link Notification#resumeIfInterrupted}): sent again under the same idempotency
     * key, they reach the customer once whether or not the interrupted attempt got through. (Before
     * the channel had the key they were failed for an admin to decide; the crash drill found
     * customers left without their REJECTED or CANCELLED message after a kill -9.)
     * @return the ids to send again
     */
    @Transactional
    public List<String> resumeInterrupted(Instant before, int max) {
        Instant now = Instant.now();
        return notifications.inStateSince(NotificationState.SENDING, before, max).stream()
                .filter(id -> notifications.lock(id).map(n -> n.resumeIfInterrupted(before, now)).orElse(false))
                .toList();
    }
}
