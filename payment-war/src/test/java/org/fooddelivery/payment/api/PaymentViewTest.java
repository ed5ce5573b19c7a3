package org.fooddelivery.payment.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.fooddelivery.payment.domain.Payment;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A payment as JSON: the fields clients read (contract §1), and never more of the card than its last four digits. */
class PaymentViewTest {

    @Test
    void aRefundedPaymentShowsItsAmountsStatusAndReason() throws Exception {
        Payment payment = Payment.charge("o-1", "customer1", 36000, "4111111111111111", true);
        payment.refundAll("OUT_OF_STOCK", Instant.now());

        String json;
        try (Jsonb jsonb = JsonbBuilder.create()) {
            json = jsonb.toJson(PaymentView.of(payment));
        }

        assertTrue(json.startsWith("{\"amount\":36000,\"cardLast4\":\"1111\",\"createdAt\":\""), json);
        assertTrue(json.contains("\"customerId\":\"customer1\",\"id\":\"" + payment.getId() + "\",\"orderId\":\"o-1\","
                + "\"refundReason\":\"OUT_OF_STOCK\",\"refundedAmount\":36000,\"status\":\"REFUNDED\",\"updatedAt\":\""), json);
        assertEquals(-1, json.indexOf("4111111111111111"));
    }
}
