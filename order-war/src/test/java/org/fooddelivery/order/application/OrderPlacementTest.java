package org.fooddelivery.order.application;

import org.fooddelivery.order.client.PaymentClient.PaymentReceipt;
import org.fooddelivery.order.client.PaymentDeclinedException;
import org.fooddelivery.order.client.PaymentGateway;
import org.fooddelivery.order.domain.DeliveryAddress;
import org.fooddelivery.order.domain.InvalidOrderException;
import org.fooddelivery.order.domain.Order;
import org.fooddelivery.order.domain.RequestedItem;
import org.fooddelivery.platform.application.DependencyUnavailableException;
import org.fooddelivery.platform.application.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Placing an order: priced, then charged, and only a paid order is stored and announced. */
class OrderPlacementTest {

    private final UseCases app = new UseCases();
    private final OrderPlacement placement = new OrderPlacement();
    private final List<Long> charged = new ArrayList<>();
    private Supplier<PaymentReceipt> payment = () -> new PaymentReceipt("p-1", "o", 0, "APPROVED");

    OrderPlacementTest() {
        placement.pricing = app.pricing;
        placement.recorder = app.recorder;
        placement.retryAfterSeconds = 5;
        placement.payments = new PaymentGateway() {
            @Override
            public PaymentReceipt charge(String orderId, String customerId, long amount, String cardNumber) {
                charged.add(amount);
                return payment.get();
            }
        };
    }

    private static PlaceOrder command(long menuId, int quantity) {
        return new PlaceOrder("customer1", 1, List.of(new RequestedItem(menuId, quantity)),
                new DeliveryAddress("gangnam", "Teheran-ro 1", null, null), "4111111111111111");
    }

    @Test
    void aPaidOrderIsStoredAndAnnouncedAsPlaced() {
        Order order = placement.place(command(11, 2));
        assertEquals(List.of(36000L), charged, "charged the menu's price");
        assertEquals("p-1", order.getPaymentId());
        assertEquals(List.of("placed " + order.getId(), "status " + order.getId() + " null->PLACED"), app.events.announced);
        assertEquals(order, app.orders.stored.get(order.getId()));
    }

    @Test
    void aDeclinedCardIsRefusedAndLeavesNoTrace() {
        payment = () -> {
            throw new PaymentDeclinedException("insufficient funds");
        };
        CardDeclinedException declined = assertThrows(CardDeclinedException.class, () -> placement.place(command(11, 1)));
        assertEquals("insufficient funds", declined.getMessage(), "payment's own detail");
        assertEquals(List.of(), app.events.announced);
        assertEquals(0, app.orders.stored.size());
    }

    @Test
    void paymentFailingIsAServiceUnavailableWithRetryAfter() {
        payment = () -> {
            throw new IllegalStateException("connection refused");
        };
        DependencyUnavailableException unavailable = assertThrows(DependencyUnavailableException.class,
                () -> placement.place(command(11, 1)));
        assertEquals(5, unavailable.retryAfterSeconds());
        assertEquals("payment is unavailable: the call failed (IllegalStateException); the order was not placed, try again later",
                unavailable.getMessage());
        assertEquals(0, app.orders.stored.size());
    }

    @Test
    void aDishNotOnTheMenuIsNeverCharged() {
        InvalidRequestException invalid = assertThrows(InvalidOrderException.class, () -> placement.place(command(99, 1)));
        assertEquals(List.of(), charged);
        assertEquals("items", invalid.field().replaceAll("\\[.*", ""));
    }
}
