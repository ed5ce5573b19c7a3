package org.fooddelivery.systemtest;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;

import static org.fooddelivery.systemtest.FoodApi.get;
import static org.fooddelivery.systemtest.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * payment-war charges cards through an external card acquirer, played in the embedded default by
 * standin-war's acquirer (/standins/acquirer): each order's charge reaches it once, with the
 * order's amount; the acquirer honours the merchant key and the Idempotency-Key as a real one does.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CardAcquirerIT {

    /** The stand-in's demo merchant key (standin-war's and payment-war's microprofile-config). */
    private static final String MERCHANT_KEY = "MerchantKey stand-in-merchant-key";

    @Deployment(testable = false)
    static WebArchive probe() {
        return Probe.empty("card-acquirer-probe");
    }

    @AfterEach
    void closeWhatWasLeftOpen() {
        Saga.closeLeftovers();
    }

    @Test
    void anOrdersChargeReachesTheAcquirerOnceWithItsAmount() {
        String id = Saga.place("customer1", 1, 12, 1);
        JsonObject payment = get("customer1", "/payments?orderId=" + id).array().getJsonObject(0);
        List<JsonObject> charges = charges(id);
        assertEquals(1, charges.size(), () -> "one authorisation per order: " + charges);
        assertEquals("APPROVED", charges.get(0).getString("result"));
        assertEquals(payment.getJsonNumber("amount").longValue(), charges.get(0).getJsonNumber("amount").longValue());
        assertEquals("1111", charges.get(0).getString("cardLast4"));
    }

    @Test
    void theAcquirerAnswersARepeatedIdempotencyKeyWithoutChargingAgain() {
        String reference = "acquirer-it-" + UUID.randomUUID();
        String body = "{\"reference\":\"" + reference + "\",\"amount\":1000,\"cardNumber\":\"4111111111111111\"}";
        FoodApi.Reply first = charge(MERCHANT_KEY, reference, body);
        FoodApi.Reply again = charge(MERCHANT_KEY, reference, body);
        assertEquals(200, first.status(), first::toString);
        assertEquals(first.json().getString("id"), again.json().getString("id"), "the same charge answered again");
        assertEquals(1, charges(reference).size(), "charged once");

        String declined = "{\"reference\":\"" + reference + "-d\",\"amount\":1000,\"cardNumber\":\"4000000000000002\"}";
        assertEquals("DECLINED", charge(MERCHANT_KEY, reference + "-d", declined).json().getString("result"));
        assertProblem(401, charge("MerchantKey wrong", reference + "-w", body));
        assertProblem(400, charge(MERCHANT_KEY, reference + "-x", "{\"reference\":\"x\",\"amount\":0,\"cardNumber\":\"1\"}"));
    }

    private static FoodApi.Reply charge(String merchantKey, String idempotencyKey, String body) {
        return FoodApi.send(HttpRequest.newBuilder(java.net.URI.create(FoodApi.BASE_URL + "/standins/acquirer/v1/charges"))
                .header("Authorization", merchantKey).header("Idempotency-Key", idempotencyKey)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static List<JsonObject> charges(String reference) {
        return get("admin", "/standins/acquirer/charges?reference=" + reference).array().stream()
                .map(JsonValue::asJsonObject).toList();
    }
}
