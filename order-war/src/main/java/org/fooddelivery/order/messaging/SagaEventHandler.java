package org.fooddelivery.order.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fooddelivery.events.kitchen.RejectionReasons;
import org.fooddelivery.events.kitchen.TicketCancellationRefused;
import org.fooddelivery.events.kitchen.TicketChangeRefused;
import org.fooddelivery.events.kitchen.TicketChanged;
import org.fooddelivery.events.kitchen.TicketRejected;
import org.fooddelivery.events.delivery.DeliveryPickedUp;
import org.fooddelivery.events.kitchen.TicketAccepted;
import org.fooddelivery.events.kitchen.CookingFinished;
import org.fooddelivery.events.kitchen.CookingStarted;
import org.fooddelivery.events.kitchen.TicketCancelled;
import org.fooddelivery.events.payment.PaymentVoided;
import org.fooddelivery.platform.messaging.EventHandler;
import org.fooddelivery.platform.messaging.EventRoutes;
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

    private final EventRoutes routes = EventRoutes.builder()
            .on(TicketAccepted.class, accepted -> saga.advance(accepted.orderId(), OrderStatus.ACCEPTED))
            .on(CookingStarted.class, started -> saga.advance(started.orderId(), OrderStatus.COOKING))
            .on(CookingFinished.class, finished -> saga.advance(finished.orderId(), OrderStatus.READY))
            .on(TicketRejected.class, rejected -> saga.rejected(rejected.orderId(), rejected.reason()))
            .on(TicketCancelled.class, cancelled -> saga.cancelled(cancelled.orderId()))
            .on(TicketCancellationRefused.class, refused -> saga.cancellationRefused(refused.orderId(), refused.reason()))
            .on(TicketChanged.class, changed -> saga.changed(changed.orderId(), changed.changeNumber()))
            .on(TicketChangeRefused.class, refused ->
                    saga.changeRefused(refused.orderId(), refused.changeNumber(), refused.reason()))
            .on(DeliveryPickedUp.class, pickedUp -> saga.advance(pickedUp.orderId(), OrderStatus.PICKED_UP))
            // Its charge was refunded before payment saw the order placed: it cannot go on unpaid.
            .on(PaymentVoided.class, voided -> saga.rejected(voided.orderId(), RejectionReasons.PAYMENT_VOIDED))
            .build();

    @Override
    public EventRoutes routes() {
        return routes;
    }
}
