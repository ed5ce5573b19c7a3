package org.fooddelivery.kitchen.messaging;

import org.fooddelivery.events.DomainEvent;
import org.fooddelivery.events.EventEnvelope;
import org.fooddelivery.events.order.DeliveryAddress;
import org.fooddelivery.events.order.OrderCancellationRequested;
import org.fooddelivery.events.order.OrderChangeRequested;
import org.fooddelivery.events.order.OrderCompleted;
import org.fooddelivery.events.order.OrderPlaced;
import org.fooddelivery.events.order.OrderRejected;
import org.fooddelivery.kitchen.application.CancelOrder;
import org.fooddelivery.kitchen.application.ChangeOrder;
import org.fooddelivery.kitchen.application.CloseRejectedOrder;
import org.fooddelivery.kitchen.application.ReceiveOrder;
import org.fooddelivery.kitchen.application.ThankYouNotes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each order event the kitchen subscribes to reaches its use case, decoded from the envelope. */
class KitchenEventHandlerTest {

    private final List<String> calls = new ArrayList<>();
    private final KitchenEventHandler handler = new KitchenEventHandler();

    @BeforeEach
    void injectRecordingUseCases() {
        handler.receiveOrder = new ReceiveOrder() {
            @Override
            public void placed(OrderPlaced order) {
                calls.add("placed " + order.orderId() + " store " + order.storeId());
            }
        };
        handler.cancelOrder = new CancelOrder() {
            @Override
            public void requested(String orderId) {
                calls.add("cancel " + orderId);
            }
        };
        handler.changeOrder = new ChangeOrder() {
            @Override
            public void requested(OrderChangeRequested change) {
                calls.add("change " + change.orderId() + " #" + change.changeNumber());
            }
        };
        handler.closeRejectedOrder = new CloseRejectedOrder() {
            @Override
            public void rejected(String orderId, String reason) {
                calls.add("close " + orderId + " " + reason);
            }
        };
        handler.thanks = new ThankYouNotes() {
            @Override
            public void onOrderCompleted(String orderId) {
                calls.add("completed " + orderId);
            }
        };
    }

    private void deliver(DomainEvent event) {
        handler.routes().dispatch(EventEnvelope.of(event, Instant.now()));
    }

    @Test
    void everyOrderEventReachesItsUseCase() {
        deliver(new OrderPlaced("o-1", "customer1", 3, List.of(), 0, new DeliveryAddress("gangnam", "x", null, null), "p-1"));
        deliver(new OrderCancellationRequested("o-1", "customer1"));
        deliver(new OrderChangeRequested("o-1", 2, List.of(), 0));
        deliver(new OrderRejected("o-1", "PAYMENT_VOIDED"));
        deliver(new OrderCompleted("o-1", "customer1", 3));

        assertEquals(List.of("placed o-1 store 3", "cancel o-1", "change o-1 #2", "close o-1 PAYMENT_VOIDED",
                "completed o-1"), calls);
    }

    @Test
    void theConsumerIsNamedOnce() {
        assertEquals("kitchen", handler.consumer());
        assertEquals(KitchenEventHandler.CONSUMER, handler.consumer());
    }
}
