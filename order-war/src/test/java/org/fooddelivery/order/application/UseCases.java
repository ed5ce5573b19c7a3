package org.fooddelivery.order.application;

import java.time.Clock;
import java.time.Duration;
import org.fooddelivery.order.client.StoreCatalog;
import org.fooddelivery.order.client.StoreMenus;
import org.fooddelivery.order.domain.DeliveryAddress;
import org.fooddelivery.order.domain.MenuPrice;
import org.fooddelivery.order.domain.Order;
import org.fooddelivery.order.domain.OrderLine;
import org.fooddelivery.order.domain.PricedOrder;

import java.time.Instant;
import java.util.List;

/**
 * Order-war's use cases wired by hand to a {@link FakeOrderRepository} and {@link FakeOrderEvents},
 * as CDI wires them to JPA and JMS: for the application's and the handler's tests.
 */
public class UseCases {

    public final FakeOrderRepository orders = new FakeOrderRepository();
    public final FakeOrderEvents events = new FakeOrderEvents();
    public final OrderUpdates updates = new OrderUpdates();
    public final CancelOrder cancelOrder = new CancelOrder();
    public final ChangeOrder changeOrder = new ChangeOrder();
    public final ConfirmReceipt confirmReceipt = new ConfirmReceipt();
    public final AdvanceOrder advanceOrder = new AdvanceOrder();
    public final CloseOrder closeOrder = new CloseOrder();
    public final KitchenAnswers kitchenAnswers = new KitchenAnswers();
    public final SagaTimeouts timeouts = new SagaTimeouts();
    public final OrderPricing pricing = new OrderPricing();
    public final PlacedOrderRecorder recorder = new PlacedOrderRecorder();

    public UseCases() {
        updates.orders = orders;
        updates.events = events;
        cancelOrder.updates = updates;
        cancelOrder.events = events;
        pricing.menus = new StoreMenus(new StoreCatalog() {
            @Override
            public List<MenuPrice> currentMenu(long storeId) {
                return List.of(new MenuPrice(11, "Fried chicken", 18000), new MenuPrice(13, "Pickled radish", 1000));
            }
        }, Duration.ZERO, Clock.systemUTC());
        changeOrder.orders = orders;
        changeOrder.pricing = pricing;
        changeOrder.updates = updates;
        changeOrder.events = events;
        confirmReceipt.updates = updates;
        confirmReceipt.events = events;
        advanceOrder.updates = updates;
        closeOrder.updates = updates;
        closeOrder.events = events;
        kitchenAnswers.updates = updates;
        kitchenAnswers.events = events;
        timeouts.orders = orders;
        timeouts.events = events;
        recorder.orders = orders;
        recorder.events = events;
    }

    /** customer1's paid order of two fried chickens (36000), PLACED. */
    public Order placed(String orderId) {
        Order order = Order.placed(orderId, "customer1", 1,
                new PricedOrder(List.of(new OrderLine(11, "Fried chicken", 2, 18000)), 36000),
                new DeliveryAddress("gangnam", "Teheran-ro 1", null, null), "p-" + orderId, Instant.now());
        orders.add(order);
        return order;
    }
}
