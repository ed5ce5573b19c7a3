package org.fooddelivery.notification.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.fooddelivery.notification.application.MessageChannel;
import org.fooddelivery.notification.domain.Notification;
import org.fooddelivery.notification.domain.NotificationType;

/**
 * The KakaoTalk channel adapter: one message to one customer. A slow or failing Kakao is retried
 * a few times with a pause in between (values in microprofile-config); a refusal (4xx) is not.
 * Every attempt carries the message's id as idempotency key, so an attempt that timed out here but
 * still reached the channel is not delivered a second time by the retry.
 */
@ApplicationScoped
public class KakaoTalkChannel implements MessageChannel {

    @Inject
    @RestClient
    KakaoMessageApi kakao;

    @Inject
    @ConfigProperty(name = "kakao.api-key")
    String apiKey;

    @Inject
    @ConfigProperty(name = "kakao.template-id.status-changed")
    long statusTemplate;

    @Inject
    @ConfigProperty(name = "kakao.template-id.thank-you")
    long thankYouTemplate;

    @Override
    @Retry(abortOn = KakaoRejectedException.class)
    @Timeout
    public void send(Notification message) {
        String receivers = Json.createArrayBuilder().add(message.getCustomerId()).build().toString();
        String args = Json.createObjectBuilder()
                .add("order_id", message.getOrderId())
                .add("order_status", message.getOrderStatus() == null ? "" : message.getOrderStatus())
                .add("text", message.getText())
                .add("message_id", message.getId())
                .build().toString();
        long template = message.getType() == NotificationType.THANK_YOU ? thankYouTemplate : statusTemplate;
        KakaoMessageApi.SendResult result = kakao.send("KakaoAK " + apiKey, message.getId(), receivers, template, args);
        if (result == null || result.successfulReceiverUuids() == null
                || !result.successfulReceiverUuids().contains(message.getCustomerId())) {
            throw new IllegalStateException("Kakao did not confirm delivery to " + message.getCustomerId());
        }
    }
}
