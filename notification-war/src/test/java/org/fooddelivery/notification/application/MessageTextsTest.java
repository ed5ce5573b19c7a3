package org.fooddelivery.notification.application;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The words customers read, from the WAR's own microprofile-config.properties (read as UTF-8, as
 * the server reads it): each status's text byte for byte, its order shown by eight characters.
 */
class MessageTextsTest {

    private static final String ORDER = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";

    static Properties configuration() {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(MessageTextsTest.class.getResourceAsStream(
                "/META-INF/microprofile-config.properties"), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }

    static MessageTexts texts() {
        Properties properties = configuration();
        return new MessageTexts(name -> Optional.ofNullable(properties.getProperty(name)));
    }

    @Test
    void everyStatusInItsOwnWords() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("PLACED", "[주문 접수] 주문 0f1e2d3c이(가) 결제되어 가게에 전달되었습니다. Your order 0f1e2d3c is placed.");
        expected.put("ACCEPTED", "[주문 수락] 가게에서 주문 0f1e2d3c을(를) 수락했습니다. The store accepted order 0f1e2d3c.");
        expected.put("COOKING", "[조리 시작] 주문 0f1e2d3c의 조리가 시작되었습니다. Cooking has started for order 0f1e2d3c.");
        expected.put("READY", "[조리 완료] 주문 0f1e2d3c이(가) 라이더를 기다립니다. Order 0f1e2d3c is ready for pickup.");
        expected.put("PICKED_UP", "[배달 출발] 라이더가 주문 0f1e2d3c을(를) 픽업했습니다. Order 0f1e2d3c is on its way.");
        expected.put("COMPLETED", "[배달 완료] 주문 0f1e2d3c이(가) 완료되었습니다. Order 0f1e2d3c is complete.");
        expected.put("CANCEL_REQUESTED", "[취소 요청 지연] 가게가 주문 0f1e2d3c의 취소 요청에 답하지 않아 상담원이 확인 중입니다."
                + " The store has not answered the cancellation of order 0f1e2d3c; an operator is on it.");
        expected.put("CHANGE_REQUESTED", "[변경 요청 지연] 가게가 주문 0f1e2d3c의 변경 요청에 답하지 않아 상담원이 확인 중입니다."
                + " The store has not answered the change of order 0f1e2d3c; an operator is on it.");
        expected.put("CANCELLED", "[주문 취소] 주문 0f1e2d3c이(가) 취소되어 전액 환불됩니다. Order 0f1e2d3c was cancelled; your payment is refunded.");
        MessageTexts texts = texts();
        expected.forEach((status, text) -> assertEquals(text, texts.statusChanged(ORDER, status, null), status));
    }

    @Test
    void aRejectionSaysWhy() {
        assertEquals("[주문 거절] 주문 0f1e2d3c이(가) 거절되어 (PAYMENT_DECLINED) 전액 환불됩니다."
                        + " Order 0f1e2d3c was rejected (PAYMENT_DECLINED); your payment is refunded.",
                texts().statusChanged(ORDER, "REJECTED", "PAYMENT_DECLINED"));
        assertEquals("[주문 거절] 주문 0f1e2d3c이(가) 거절되어 () 전액 환불됩니다. Order 0f1e2d3c was rejected (); your payment is refunded.",
                texts().statusChanged(ORDER, "REJECTED", null));
    }

    @Test
    void aStatusWithoutWordsOfItsOwnGetsTheDefaultAndAShortIdStaysWhole() {
        assertEquals("Order o-1: CHANGED", texts().statusChanged("o-1", "CHANGED", null));
    }

    @Test
    void theStoresThanksUnderItsNameWithBracesLeftAlone() {
        assertEquals("[Gangnam Chicken House] 감사합니다 {order}!", texts().thankYou("Gangnam Chicken House", "감사합니다 {order}!"));
    }

    @Test
    void aMissingTemplateIsAConfigurationErrorNotASilentText() {
        MessageTexts none = new MessageTexts(name -> Optional.empty());
        assertEquals("notification.text.default is not configured",
                assertThrows(IllegalStateException.class, () -> none.statusChanged(ORDER, "PLACED", null)).getMessage());
    }
}
