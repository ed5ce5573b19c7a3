package org.fooddelivery.delivery.messaging;

import org.fooddelivery.delivery.domain.Delivery;
import org.fooddelivery.delivery.domain.RiderAreas;
import org.fooddelivery.events.DomainEvent;
import org.fooddelivery.events.EventEnvelope;
import org.fooddelivery.events.delivery.DeliveryPickedUp;
import org.fooddelivery.platform.messaging.EventPublisher;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The port's pickup becomes contract §4's DeliveryPickedUp, with the order and the rider who has it. */
class JmsDeliveryEventsTest {

    @Test
    void aPickupIsPublishedAsDeliveryPickedUp() {
        List<DomainEvent> published = new ArrayList<>();
        JmsDeliveryEvents events = new JmsDeliveryEvents();
        events.publisher = new EventPublisher() {
            @Override
            public EventEnvelope publish(DomainEvent event) {
                published.add(event);
                return EventEnvelope.of(event, Instant.now());
            }
        };
        Delivery delivery = new Delivery("o-1", "customer1", 1, "Store", 37.4979, 127.0276, "gangnam", "Street 1",
                null, null, Instant.now());
        delivery.pickUp("rider1", new RiderAreas(List.of("rider1=gangnam")), Instant.now());
        events.pickedUp(delivery);
        assertEquals(List.of(new DeliveryPickedUp("o-1", "rider1")), published);
    }
}
