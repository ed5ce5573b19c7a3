package org.fooddelivery.notification.application;

import org.fooddelivery.notification.domain.Notification;
import org.fooddelivery.notification.domain.NotificationRepository;
import org.fooddelivery.notification.domain.NotificationState;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The repository's contract over a map, for the use cases' tests (no database; lock is a lookup).
 * The "since" query lists every message in the state, as if all were old: the candidates a sweep
 * acts on are then decided by the entity's own rule under the lock, which is what the tests check.
 */
public class InMemoryNotifications extends NotificationRepository {

    private final Map<String, Notification> rows = new LinkedHashMap<>();

    @Override
    public void add(Notification notification) {
        rows.put(notification.getId(), notification);
    }

    @Override
    public Optional<Notification> lock(String id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public List<Notification> ofOrder(String orderId) {
        return rows.values().stream().filter(n -> n.getOrderId().equals(orderId)).toList();
    }

    @Override
    public List<String> inStateSince(NotificationState state, Instant before, int max) {
        return rows.values().stream().filter(n -> n.getState() == state)
                .limit(max).map(Notification::getId).toList();
    }

    /** A new PENDING status message of order o-1, stored. */
    public Notification stored() {
        Notification message = Notification.statusChanged("e-" + UUID.randomUUID(), "o-1", "customer1", "PLACED", "text",
                Instant.now());
        add(message);
        return message;
    }

    public List<Notification> all() {
        return List.copyOf(rows.values());
    }
}
