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
import org.fooddelivery.order.application.AdvanceOrder;
import org.fooddelivery.order.application.CloseOrder;
import org.fooddelivery.order.application.KitchenAnswers;
import org.fooddelivery.events.order.OrderStatus;

/**
 * Consumer "order" (the command side): the kitchen's, delivery's and payment's facts that move
 * orders, whichever of order-war's subscriptions brought them. A voided payment (its charge was
 * refunded before payment saw the order placed) rejects the order: it cannot go on unpaid.
 */
@ApplicationScoped
public class SagaEventHandler implements EventHandler {

    @Inject
    AdvanceOrder advance;

    @Inject
    CloseOrder close;

    @Inject
    KitchenAnswers answers;

    @Override
    public String consumer() {
        return "order";
    }

    private final EventRoutes routes = EventRoutes.builder()
            .on(TicketAccepted.class, accepted -> advance.to(accepted.orderId(), OrderStatus.ACCEPTED))
            .on(CookingStarted.class, started -> advance.to(started.orderId(), OrderStatus.COOKING))
            .on(CookingFinished.class, finished -> advance.to(finished.orderId(), OrderStatus.READY))
            .on(DeliveryPickedUp.class, pickedUp -> advance.to(pickedUp.orderId(), OrderStatus.PICKED_UP))
            .on(TicketRejected.class, rejected -> close.rejected(rejected.orderId(), rejected.reason()))
            // Its charge was refunded before payment saw the order placed: it cannot go on unpaid.
            .on(PaymentVoided.class, voided -> close.rejected(voided.orderId(), RejectionReasons.PAYMENT_VOIDED))
            .on(TicketCancelled.class, cancelled -> close.cancelledByCustomer(cancelled.orderId()))
            .on(TicketCancellationRefused.class, refused -> answers.cancellationRefused(refused.orderId(), refused.reason()))
            .on(TicketChanged.class, changed -> answers.changeTaken(changed.orderId(), changed.changeNumber()))
            .on(TicketChangeRefused.class, refused ->
                    answers.changeRefused(refused.orderId(), refused.changeNumber(), refused.reason()))
            .build();

    @Override
    public EventRoutes routes() {
        return routes;
    }
}
