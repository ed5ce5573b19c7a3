package org.fooddelivery.notification.application;

import org.fooddelivery.notification.domain.Notification;
import org.fooddelivery.notification.domain.NotificationState;
import org.fooddelivery.notification.domain.NotificationStateException;
import org.fooddelivery.platform.application.NoSuchResourceException;
import org.fooddelivery.platform.application.NotYoursException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FindAndResendNotificationsTest {

    private final InMemoryNotifications notifications = new InMemoryNotifications();
    private final RecordedStored stored = new RecordedStored();
    private final FindNotifications find = new FindNotifications();
    private final ResendNotification resend = new ResendNotification();
    private final Notification message = Notification.statusChanged("e-1", "o-1", "customer1", "PLACED", "text", Instant.now());

    FindAndResendNotificationsTest() {
        find.notifications = notifications;
        resend.notifications = notifications;
        resend.stored = stored;
        notifications.add(message);
    }

    @Test
    void anOrdersMessagesForItsCustomerOrAnAdmin() {
        assertEquals(List.of(message), find.ofOrder("customer1", false, "o-1"));
        assertEquals(List.of(message), find.ofOrder("admin", true, "o-1"));
        assertEquals("order o-1 is not yours",
                assertThrows(NotYoursException.class, () -> find.ofOrder("customer2", false, "o-1")).getMessage());
        assertEquals(List.of(), find.ofOrder("customer2", false, "o-unknown"));
    }

    @Test
    void aFailedMessageIsResentAndGoesOutAfterCommit() {
        message.claim(Instant.now());
        message.giveUp("Kakao refused", Instant.now());
        assertEquals(NotificationState.PENDING, resend.resend(message.getId()).getState());
        assertEquals(List.of(message.getId()), stored.fired);
    }

    @Test
    void anUnknownOrUnfailedMessageIsNotResent() {
        assertEquals("no notification n-1",
                assertThrows(NoSuchResourceException.class, () -> resend.resend("n-1")).getMessage());
        assertThrows(NotificationStateException.class, () -> resend.resend(message.getId()));
        assertEquals(List.of(), stored.fired);
    }
}
