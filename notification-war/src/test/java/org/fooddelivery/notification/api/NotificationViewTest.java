package org.fooddelivery.notification.api;

import org.fooddelivery.notification.domain.Notification;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Contract §5's message fields, as the entity holds them. */
class NotificationViewTest {

    @Test
    void showsTheMessageAndWhatBecameOfIt() {
        Instant at = Instant.parse("2026-12-01T12:00:00Z");
        Notification message = Notification.statusChanged("e-1", "o-1", "customer1", "PLACED", "text", at);
        message.claim(at);
        message.giveUp("Kakao refused", at.plusSeconds(1));
        NotificationView view = NotificationView.of(message);
        assertEquals(new NotificationView(message.getId(), "o-1", "customer1", "STATUS_CHANGED", "PLACED", "text",
                "KAKAOTALK", "FAILED", 1, "Kakao refused", at, null), view);
        assertNull(NotificationView.of(Notification.thankYou("e-2", "o-1", "customer1", "[S] t", at)).orderStatus());
    }
}
