package org.fooddelivery.order.messaging;

import org.fooddelivery.events.DomainEvent;
import org.fooddelivery.events.EventEnvelope;
import org.fooddelivery.events.delivery.DeliveryPickedUp;
import org.fooddelivery.events.kitchen.CookingStarted;
import org.fooddelivery.events.kitchen.TicketAccepted;
import org.fooddelivery.events.kitchen.TicketCancellationRefused;
import org.fooddelivery.events.kitchen.TicketCancelled;
import org.fooddelivery.events.kitchen.TicketChangeRefused;
import org.fooddelivery.events.kitchen.TicketChanged;
import org.fooddelivery.events.kitchen.TicketRejected;
import org.fooddelivery.events.payment.PaymentVoided;
import org.fooddelivery.order.application.UseCases;
import org.fooddelivery.order.domain.Order;
import org.fooddelivery.order.domain.RequestOutcome;
import org.fooddelivery.order.domain.RequestedItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The command side's routes, fed decoded events as EventConsumption hands them over. */
class SagaEventHandlerTest {

    private final UseCases app = new UseCases();
    private final SagaEventHandler handler = new SagaEventHandler();

    @BeforeEach
    void wire() {
        handler.advance = app.advanceOrder;
        handler.close = app.closeOrder;
        handler.answers = app.kitchenAnswers;
    }

    private void deliver(DomainEvent event) {
        handler.routes().dispatch(EventEnvelope.of(event, Instant.now()));
    }

    @Test
    void kitchenAndDeliveryFactsMoveTheOrderForwardAnnouncingEachStep() {
        app.placed("o-1");
        deliver(new CookingStarted("o-1"));
        deliver(new TicketAccepted("o-1"));
        deliver(new DeliveryPickedUp("o-1", "rider1"));
        assertEquals(List.of("status o-1 PLACED->COOKING", "status o-1 COOKING->PICKED_UP"), app.events.announced,
                "the late TicketAccepted changes nothing");
    }

    @Test
    void aRejectionOrAVoidedPaymentClosesTheOrderOnce() {
        app.placed("o-1");
        app.placed("o-2");
        deliver(new TicketRejected("o-1", "OUT_OF_STOCK"));
        deliver(new TicketRejected("o-1", "OUT_OF_STOCK"));
        deliver(new PaymentVoided("o-2", "p-o-2", "ORDER_NOT_PLACED"));
        assertEquals(List.of("closed o-1 REJECTED OUT_OF_STOCK", "status o-1 PLACED->REJECTED",
                "closed o-2 REJECTED PAYMENT_VOIDED", "status o-2 PLACED->REJECTED"), app.events.announced);
    }

    @Test
    void theKitchensAnswersDecideTheCustomersRequests() {
        app.placed("o-1");
        app.placed("o-2");
        app.placed("o-3");
        app.cancelOrder.cancel("customer1", "o-1");
        app.cancelOrder.cancel("customer1", "o-2");
        app.changeOrder.change("customer1", "o-3", List.of(new RequestedItem(13, 1)));
        app.events.announced.clear();

        deliver(new TicketCancelled("o-1"));
        deliver(new TicketCancellationRefused("o-2", "COOKING_STARTED"));
        deliver(new TicketChangeRefused("o-3", 0, "OUT_OF_STOCK"));
        deliver(new TicketChanged("o-3", 1));

        assertEquals(List.of("closed o-1 CANCELLED CANCELLED_BY_CUSTOMER", "status o-1 PLACED->CANCELLED",
                "changed o-3 36000->1000"), app.events.announced, "the answer to an older change is ignored");
        Order refused = app.orders.stored.get("o-2");
        assertEquals(RequestOutcome.REFUSED, refused.getLastRequestOutcome());
        assertEquals("PLACED", refused.displayStatus());
    }

    @Test
    void aFactAboutAnUnknownOrderIsDropped() {
        deliver(new TicketAccepted("o-404"));
        assertEquals(List.of(), app.events.announced);
    }
}
