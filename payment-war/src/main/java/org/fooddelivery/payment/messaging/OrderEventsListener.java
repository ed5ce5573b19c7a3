package org.fooddelivery.payment.messaging;

import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.fooddelivery.contracts.events.order.OrderCancelled;
import org.fooddelivery.contracts.events.order.OrderChanged;
import org.fooddelivery.contracts.events.order.OrderRejected;
import org.fooddelivery.contracts.messaging.EventConsumption;
import org.fooddelivery.payment.application.PaymentSaga;

/** payment-war's durable subscription to the order topic (activation spec payment-war/OrderEventsListener). */
@MessageDriven(name = "OrderEventsListener")
public class OrderEventsListener implements MessageListener {

    @Inject
    EventConsumption consumption;

    @Inject
    PaymentSaga saga;

    @Override
    public void onMessage(Message message) {
        consumption.consume("payment", message, event -> {
            String orderId = event.orderId();
            switch (event.eventType()) {
                case "OrderPlaced" -> saga.orderPlaced(orderId);
                case "OrderRejected" -> saga.refundInFull(orderId, event.payloadAs(OrderRejected.class).reason());
                case "OrderCancelled" -> saga.refundInFull(orderId, event.payloadAs(OrderCancelled.class).reason());
                case "OrderChanged" -> {
                    OrderChanged changed = event.payloadAs(OrderChanged.class);
                    saga.orderChanged(orderId, changed.changeNumber(), changed.totalAmount());
                }
                case "OrderCompleted" -> saga.orderCompleted(orderId);
                default -> { }
            }
        });
    }
}
