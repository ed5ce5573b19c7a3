package org.fooddelivery.payment.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Asks the card acquirer to authorise a charge. {@code @Timeout} (microprofile-config): below
 * order-war's own timeout for the whole charge, so a slow acquirer makes payment answer 503 itself
 * rather than leave order-war waiting; order-war's circuit breaker counts that 503 and opens.
 * No retry here: the customer decides to try again, and the idempotency key makes that retry
 * the same charge at the acquirer, never a second one.
 */
@ApplicationScoped
public class CardAcquirer {

    @Inject
    @RestClient
    AcquirerApi api;

    @Inject
    @ConfigProperty(name = "acquirer.api-key")
    String merchantKey;

    /** @return true when approved, false when declined; throws when the acquirer did not answer */
    @Timeout
    public boolean authorize(String orderId, long amount, String cardNumber) {
        return api.charge("MerchantKey " + merchantKey, idempotencyKey(orderId, amount, cardNumber),
                new AcquirerApi.ChargeRequest(orderId, amount, cardNumber)).approved();
    }

    /** One key per order, amount and card: another card for the same order is another charge. */
    static String idempotencyKey(String orderId, long amount, String cardNumber) {
        try {
            byte[] card = MessageDigest.getInstance("SHA-256").digest(cardNumber.getBytes(StandardCharsets.UTF_8));
            return orderId + ":" + amount + ":" + HexFormat.of().formatHex(card, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
