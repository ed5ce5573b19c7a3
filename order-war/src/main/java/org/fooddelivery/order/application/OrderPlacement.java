package org.fooddelivery.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.fooddelivery.platform.application.DependencyUnavailableException;
import org.fooddelivery.order.client.DependencyFailures;
import org.fooddelivery.order.client.PaymentClient.PaymentReceipt;
import org.fooddelivery.order.client.PaymentDeclinedException;
import org.fooddelivery.order.client.PaymentGateway;
import org.fooddelivery.order.domain.Order;
import org.fooddelivery.order.domain.PricedOrder;

import java.time.Instant;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * F1, F2, A4: price the order from the store's current menu, charge the card synchronously, and
 * only then store the order and announce it. Nothing is stored before the payment is approved,
 * so a declined card, an unknown dish or an unavailable payment service leave no trace here.
 */
@ApplicationScoped
public class OrderPlacement {

    private static final Logger LOG = Logger.getLogger(OrderPlacement.class.getName());

    @Inject
    OrderPricing pricing;

    @Inject
    PaymentGateway payments;

    @Inject
    PlacedOrderRecorder recorder;

    @Inject
    @ConfigProperty(name = "order.dependency.retry-after-seconds")
    int retryAfterSeconds;

    public Order place(PlaceOrder command) {
        PricedOrder priced = pricing.price(command.storeId(), command.items());
        String orderId = UUID.randomUUID().toString();
        PaymentReceipt receipt = charge(orderId, command.customerId(), priced.total(), command.cardNumber());
        Order order = Order.placed(orderId, command.customerId(), command.storeId(), priced,
                command.deliveryAddress(), receipt.id(), Instant.now());
        try {
            return recorder.record(order);
        } catch (RuntimeException e) {
            // The card was charged but the order could not be stored: payment's sweeper refunds
            // approved payments whose OrderPlaced never arrives. Log enough to reconcile by hand.
            LOG.log(Level.SEVERE, "Order " + orderId + " paid by payment " + receipt.id() + " could not be stored", e);
            throw new DependencyUnavailableException("the order could not be stored; the charge will be refunded", retryAfterSeconds);
        }
    }

    private PaymentReceipt charge(String orderId, String customerId, long amount, String cardNumber) {
        try {
            return payments.charge(orderId, customerId, amount, cardNumber);
        } catch (PaymentDeclinedException e) {
            throw new CardDeclinedException(e.getMessage());
        } catch (CircuitBreakerOpenException e) {
            // Refused without calling payment: the breaker's own metrics count these, a log line each would flood.
            LOG.fine(() -> "Payment for order " + orderId + " not attempted: circuit open");
            throw DependencyFailures.unavailable("payment", e, retryAfterSeconds);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Payment for order " + orderId + " failed: " + e);
            throw DependencyFailures.unavailable("payment", e, retryAfterSeconds);
        }
    }
}
