package org.fooddelivery.notification.application;

import org.fooddelivery.notification.domain.Notification;
import org.fooddelivery.notification.domain.NotificationState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotificationOutcomesTest {

    private final InMemoryNotifications notifications = new InMemoryNotifications();
    private final NotificationOutcomes outcomes = new NotificationOutcomes();

    NotificationOutcomesTest() {
        outcomes.notifications = notifications;
    }

    @Test
    void claimedOnceThenSentOrGivenUp() {
        Notification sent = notifications.stored();
        Notification failed = notifications.stored();
        assertTrue(outcomes.claim(sent.getId()).isPresent());
        assertTrue(outcomes.claim(sent.getId()).isEmpty(), "a second sender gets nothing");
        assertTrue(outcomes.claim("unknown").isEmpty());
        outcomes.sent(sent.getId());
        outcomes.claim(failed.getId());
        outcomes.gaveUp(failed.getId(), "IllegalStateException: Kakao did not confirm");
        assertEquals(NotificationState.SENT, sent.getState());
        assertEquals(NotificationState.FAILED, failed.getState());
        assertEquals("IllegalStateException: Kakao did not confirm", failed.getLastError());
    }

    @Test
    void onlySendsInterruptedBeforeTheCutoffAreResumed() throws InterruptedException {
        Notification old = notifications.stored();
        outcomes.claim(old.getId());
        Thread.sleep(5);
        Instant cutoff = Instant.now();
        Thread.sleep(5);
        Notification recent = notifications.stored();
        outcomes.claim(recent.getId());
        notifications.stored(); // PENDING, not SENDING

        assertEquals(List.of(old.getId()), outcomes.resumeInterrupted(cutoff, 100));
        assertEquals(NotificationState.PENDING, old.getState());
        assertEquals(NotificationState.SENDING, recent.getState(), "maybe still being sent");
        assertEquals(2, outcomes.pendingSince(Instant.now(), 100).size());
        assertEquals(1, outcomes.pendingSince(Instant.now(), 1).size(), "at most a batch per run");
    }
}
