package org.fooddelivery.notification.client;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.fooddelivery.notification.domain.Notification;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Kakao request a message becomes, against a hand-written Kakao API (the real one in KakaoTextIT). */
class KakaoTalkChannelTest {

    record Sent(String authorization, String idempotencyKey, String receivers, long template, JsonObject args) {
    }

    static final class FakeKakao implements KakaoMessageApi {
        final List<Sent> sent = new ArrayList<>();
        boolean confirm = true;

        @Override
        public SendResult send(String authorization, String idempotencyKey, String receiverUuidsJson, long templateId,
                               String templateArgsJson) {
            sent.add(new Sent(authorization, idempotencyKey, receiverUuidsJson, templateId,
                    Json.createReader(new StringReader(templateArgsJson)).readObject()));
            return new SendResult(confirm ? List.of("customer1") : List.of());
        }
    }

    private final FakeKakao kakao = new FakeKakao();
    private final KakaoTalkChannel channel = new KakaoTalkChannel();

    KakaoTalkChannelTest() {
        channel.kakao = kakao;
        channel.apiKey = "app-key";
        channel.statusTemplate = 100001;
        channel.thankYouTemplate = 100002;
    }

    @Test
    void aStatusMessageGoesOutOnItsTemplateUnderItsOwnIdempotencyKey() {
        Notification message = Notification.statusChanged("e-1", "o-1", "customer1", "PLACED", "[주문 접수] 주문", Instant.now());
        channel.send(message);
        Sent sent = kakao.sent.get(0);
        assertEquals("KakaoAK app-key", sent.authorization());
        assertEquals(message.getId(), sent.idempotencyKey());
        assertEquals("[\"customer1\"]", sent.receivers());
        assertEquals(100001, sent.template());
        assertEquals(Json.createObjectBuilder().add("order_id", "o-1").add("order_status", "PLACED")
                .add("text", "[주문 접수] 주문").add("message_id", message.getId()).build(), sent.args());
    }

    @Test
    void thanksGoOutOnTheirTemplateWithoutAStatus() {
        channel.send(Notification.thankYou("e-2", "o-1", "customer1", "[Store] Thanks", Instant.now()));
        assertEquals(100002, kakao.sent.get(0).template());
        assertEquals("", kakao.sent.get(0).args().getString("order_status"));
    }

    @Test
    void anUnconfirmedSendIsAFailure() {
        kakao.confirm = false;
        assertEquals("Kakao did not confirm delivery to customer1", assertThrows(IllegalStateException.class,
                () -> channel.send(Notification.thankYou("e-3", "o-1", "customer1", "t", Instant.now()))).getMessage());
    }

    @Test
    void onlyKakaosRefusalsAreFinal() {
        KakaoRejectionMapper mapper = new KakaoRejectionMapper();
        assertTrue(mapper.handles(400, null));
        assertTrue(mapper.handles(499, null));
        assertFalse(mapper.handles(500, null), "a 5xx is worth retrying");
        assertFalse(mapper.handles(200, null));
    }
}
