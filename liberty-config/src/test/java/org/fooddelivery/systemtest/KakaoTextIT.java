package org.fooddelivery.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.util.Optional;

import static org.fooddelivery.systemtest.FoodApi.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What reaches the KakaoTalk channel is what the customer was sent, character for character:
 * the status texts mix Korean and English, and a form body decoded with the wrong charset turns
 * "[주문 접수]" into mojibake while the platform's own record still reads right.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KakaoTextIT {

    @Deployment
    static WebArchive probe() {
        return Probe.empty("kakao-text-probe");
    }

    @AfterEach
    void closeWhatWasLeftOpen() {
        Saga.closeLeftovers();
    }

    @Test
    void theChannelReceivesTheKoreanAndEnglishTextExactlyAsSent() {
        String orderId = Saga.place("customer1", 1, 11, 1);

        JsonObject sent = Saga.await(() -> get("customer1", "/notifications?orderId=" + orderId).array().stream()
                .map(JsonValue::asJsonObject)
                .filter(n -> "PLACED".equals(n.getString("orderStatus", "")) && "SENT".equals(n.getString("state")))
                .findFirst(), "the PLACED message of " + orderId + " to be sent");
        String text = sent.getString("text");
        assertTrue(text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL),
                () -> "the status text is Korean: " + text);

        String received = Saga.await(() -> get("admin", "/standins/kakao/received?containing=" + orderId)
                .array().stream().map(JsonValue::asJsonObject)
                .map(r -> Json.createReader(new StringReader(r.getString("templateArgs"))).readObject())
                .filter(args -> sent.getString("id").equals(args.getString("message_id", "")))
                .map(args -> args.getString("text"))
                .findFirst(), "the channel to receive message " + sent.getString("id"));
        assertEquals(text, received, "the channel received the text as sent");
    }
}
