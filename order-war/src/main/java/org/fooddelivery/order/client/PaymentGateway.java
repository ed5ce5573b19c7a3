package org.fooddelivery.order.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The synchronous order → payment call (A4, A5), guarded so a slow or failing payment service
 * cannot take order-war down with it:
 * <ul>
 *   <li>{@code @Timeout}: a customer waits a bounded time for an answer;</li>
 *   <li>{@code @CircuitBreaker}: once most recent calls failed, callers fail at once until
 *       payment has had time to recover, then a few trial calls close it again;</li>
 *   <li>{@code @Bulkhead}: at most so many charges wait on payment at once, so a slow payment
 *       service cannot hold every HTTP thread of this server.</li>
 * </ul>
 * No {@code @Retry}: a charge that timed out may still have gone through, and the customer, not
 * this server, should decide to try again. The numbers are in microprofile-config.properties.
 * A declined card is an answer, not a failure: it never counts against the breaker.
 */
@ApplicationScoped
public class PaymentGateway {

    @Inject
    @RestClient
    PaymentClient payment;

    @Bulkhead
    @CircuitBreaker(skipOn = PaymentDeclinedException.class)
    @Timeout
    public PaymentClient.PaymentReceipt charge(String orderId, String customerId, long amount, String cardNumber) {
        return payment.charge(new PaymentClient.ChargeRequest(orderId, customerId, amount, new PaymentClient.Card(cardNumber)));
    }
}
