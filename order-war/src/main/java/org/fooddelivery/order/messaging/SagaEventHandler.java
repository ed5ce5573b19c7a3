package org.fooddelivery.order.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fooddelivery.contracts.events.EventEnvelope;
import org.fooddelivery.contracts.events.kitchen.RejectionReasons;
import org.fooddelivery.contracts.events.kitchen.TicketCancellationRefused;
import org.fooddelivery.contracts.events.kitchen.TicketChangeRefused;
import org.fooddelivery.contracts.events.kitchen.TicketChanged;
import org.fooddelivery.contracts.events.kitchen.TicketRejected;
import org.fooddelivery.contracts.messaging.EventHandler;
import org.fooddelivery.order.application.SagaProgress;
import org.fooddelivery.order.domain.OrderStatus;

/**
 * Consumer "order" (the command side): the kitchen's, delivery's and payment's facts that move
 * orders, whichever of order-war's subscriptions brought them. A voided payment (its charge was
 * refunded before payment saw the order placed) rejects the order: it cannot go on unpaid.
 */
@ApplicationScoped
public class SagaEventHandler implements EventHandler {

    @Inject
    SagaProgress saga;

    @Override
    public String consumer() {
        return "order";
    }

    @Override
    public void handle(EventEnvelope event) {
        String orderId = event.orderId();
        switch (event.eventType()) {
            case "TicketAccepted" -> saga.advance(orderId, OrderStatus.ACCEPTED);
            case "CookingStarted" -> saga.advance(orderId, OrderStatus.COOKING);
            case "CookingFinished" -> saga.advance(orderId, OrderStatus.READY);
            case "TicketRejected" -> saga.rejected(orderId, event.payloadAs(TicketRejected.class).reason());
            case "TicketCancelled" -> saga.cancelled(orderId);
            case "TicketCancellationRefused" ->
                    saga.cancellationRefused(orderId, event.payloadAs(TicketCancellationRefused.class).reason());
            case "TicketChanged" -> saga.changed(orderId, event.payloadAs(TicketChanged.class).changeNumber());
            case "TicketChangeRefused" -> {
                TicketChangeRefused refused = event.payloadAs(TicketChangeRefused.class);
                saga.changeRefused(orderId, refused.changeNumber(), refused.reason());
            }
            case "DeliveryPickedUp" -> saga.advance(orderId, OrderStatus.PICKED_UP);
            case "PaymentVoided" -> saga.rejected(orderId, RejectionReasons.PAYMENT_VOIDED);
            default -> { }
        }
    }
}
