package org.fooddelivery.notification.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A message's life: PENDING, claimed by one sender, SENT or given up as FAILED, re-sent by an admin. */
class NotificationTest {

    private static final Instant T0 = Instant.parse("2026-12-01T12:00:00Z");

    private static Notification pending() {
        return Notification.statusChanged("event-1", "o-1", "customer1", "PLACED", "text", T0);
    }

    @Test
    void storedPendingOnTheKakaoTalkChannel() {
        Notification message = pending();
        assertEquals(NotificationState.PENDING, message.getState());
        assertEquals(NotificationType.STATUS_CHANGED, message.getType());
        assertEquals("PLACED", message.getOrderStatus());
        assertEquals("KAKAOTALK", message.getChannel());
        assertEquals(0, message.getAttempts());
        assertEquals(T0, message.getCreatedAt());
        Notification thanks = Notification.thankYou("event-2", "o-1", "customer1", "[Store] thanks", T0);
        assertEquals(NotificationType.THANK_YOU, thanks.getType());
        assertNull(thanks.getOrderStatus());
    }

    @Test
    void onlyOneSenderClaimsIt() {
        Notification message = pending();
        assertTrue(message.claim(T0));
        assertFalse(message.claim(T0), "a second sender does not send it again");
        assertEquals(NotificationState.SENDING, message.getState());
        assertEquals(1, message.getAttempts());
        message.sent(T0.plusSeconds(1));
        assertEquals(NotificationState.SENT, message.getState());
        assertEquals(T0.plusSeconds(1), message.getSentAt());
        assertFalse(message.claim(T0.plusSeconds(2)), "a sent message is never sent again");
    }

    @Test
    void givenUpWithTheReasonKeptToItsColumn() {
        Notification message = pending();
        message.claim(T0);
        message.giveUp("x".repeat(600), T0);
        assertEquals(NotificationState.FAILED, message.getState());
        assertEquals(500, message.getLastError().length());
        Notification unexplained = pending();
        unexplained.giveUp(null, T0);
        assertEquals("unknown error", unexplained.getLastError());
    }

    @Test
    void onlyAFailedMessageIsResentAndItsErrorClearsOnceSent() {
        Notification message = pending();
        assertEquals("notification " + message.getId() + " is PENDING; only a FAILED one can be re-sent",
                assertThrows(NotificationStateException.class, () -> message.resend(T0)).getMessage());
        message.claim(T0);
        message.giveUp("Kakao refused", T0);
        message.resend(T0.plusSeconds(5));
        assertEquals(NotificationState.PENDING, message.getState());
        assertTrue(message.claim(T0.plusSeconds(6)));
        assertEquals(2, message.getAttempts());
        message.sent(T0.plusSeconds(7));
        assertNull(message.getLastError());
        assertThrows(NotificationStateException.class, () -> message.resend(T0.plusSeconds(8)));
    }

    @Test
    void aSendInterruptedLongAgoIsResumedARecentOneIsNot() {
        Notification message = pending();
        message.claim(T0);
        assertFalse(message.resumeIfInterrupted(T0, T0.plusSeconds(1)), "claimed at the cutoff: maybe still sending");
        assertTrue(message.resumeIfInterrupted(T0.plusSeconds(1), T0.plusSeconds(2)));
        assertEquals(NotificationState.PENDING, message.getState());
        assertFalse(message.resumeIfInterrupted(T0.plusSeconds(60), T0.plusSeconds(60)), "only a SENDING one");
    }

    @Test
    void itBelongsToItsCustomer() {
        assertTrue(pending().belongsTo("customer1"));
        assertFalse(pending().belongsTo("customer2"));
    }
}
