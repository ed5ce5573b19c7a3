package org.fooddelivery.events;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Pins the wire names of the contract (docs/contract.md): the event type is the record's simple
 * name, so renaming a record would rename an event every other service and every stored event
 * knows; this test makes that a deliberate act.
 */
class TopicTest {

    @Test
    void theContractsEventNamesPerTopic() {
        assertEquals(List.of("OrderPlaced", "OrderStatusChanged", "OrderCancellationRequested", "OrderChangeRequested",
                "OrderChanged", "OrderCancelled", "OrderRejected", "OrderCompleted", "OrderRequestEscalated"),
                Topic.ORDER_EVENTS.eventTypes());
        assertEquals(List.of("TicketCreated", "TicketAccepted", "TicketRejected", "CookingStarted", "CookingFinished",
                "TicketCancelled", "TicketCancellationRefused", "TicketChanged", "TicketChangeRefused", "ThankYouSent"),
                Topic.KITCHEN_EVENTS.eventTypes());
        assertEquals(List.of("DeliveryPickedUp"), Topic.DELIVERY_EVENTS.eventTypes());
        assertEquals(List.of("PaymentApproved", "PaymentRefunded", "PaymentAdjusted", "PaymentSettled", "PaymentVoided"),
                Topic.PAYMENT_EVENTS.eventTypes());
    }

    @Test
    void everyEventIsOnExactlyOneTopic() {
        List<String> all = Stream.of(Topic.values()).flatMap(topic -> topic.eventTypes().stream()).toList();
        assertEquals(all.size(), all.stream().distinct().count(), "an event type on two topics: " + all);
    }

    @Test
    void topicsAreFoundByTheirServerName() {
        assertEquals(Topic.KITCHEN_EVENTS, Topic.named("kitchenEvents").orElseThrow());
    }
}
