package org.fooddelivery.notification.application;

import org.fooddelivery.notification.domain.Notification;

/**
 * Where a message goes out to its customer: the port between sending and the channel's client
 * ({@code client.KakaoTalkChannel}). Returns when the channel confirmed it; throws when it could
 * not, after whatever retries the channel makes.
 */
public interface MessageChannel {

    void send(Notification message);
}
