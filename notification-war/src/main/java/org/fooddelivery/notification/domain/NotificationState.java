package org.fooddelivery.notification.domain;

public enum NotificationState {
    /** Stored with the event that caused it; waiting to be sent. */
    PENDING,
    /** Claimed by a sender: never sent twice at once. */
    SENDING,
    /** KakaoTalk accepted it. */
    SENT,
    /** Could not be sent after retries; {@code lastError} says why. An admin can re-send it. */
    FAILED
}
