package org.fooddelivery.order.messaging;

import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.fooddelivery.contracts.events.kitchen.RejectionReasons;
import org.fooddelivery.contracts.messaging.EventConsumption;
import org.fooddelivery.order.application.SagaProgress;

/**
 * order-war's durable subscription to the payment topic (activation spec
 * order-war/PaymentEventsListener): an order whose charge was refunded before payment saw it
 * placed cannot go on unpaid, so it is rejected (the kitchen closes its ticket, the customer is told).
 */
@MessageDriven(name = "PaymentEventsListener")
public class PaymentEventsListener implements MessageListener {

    @Inject
    EventConsumption consumption;

    @Inject
    SagaProgress saga;

    @Override
    public void onMessage(Message message) {
        consumption.consume("order", message, event -> {
            if ("PaymentVoided".equals(event.eventType())) {
                saga.rejected(event.orderId(), RejectionReasons.PAYMENT_VOIDED);
            }
        });
    }
}
