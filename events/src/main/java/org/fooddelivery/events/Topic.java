package org.fooddelivery.events;

import org.fooddelivery.events.delivery.DeliveryPickedUp;
import org.fooddelivery.events.kitchen.CookingFinished;
import org.fooddelivery.events.kitchen.CookingStarted;
import org.fooddelivery.events.kitchen.ThankYouSent;
import org.fooddelivery.events.kitchen.TicketAccepted;
import org.fooddelivery.events.kitchen.TicketCancellationRefused;
import org.fooddelivery.events.kitchen.TicketCancelled;
import org.fooddelivery.events.kitchen.TicketChangeRefused;
import org.fooddelivery.events.kitchen.TicketChanged;
import org.fooddelivery.events.kitchen.TicketCreated;
import org.fooddelivery.events.kitchen.TicketRejected;
import org.fooddelivery.events.order.OrderCancellationRequested;
import org.fooddelivery.events.order.OrderCancelled;
import org.fooddelivery.events.order.OrderChangeRequested;
import org.fooddelivery.events.order.OrderChanged;
import org.fooddelivery.events.order.OrderCompleted;
import org.fooddelivery.events.order.OrderPlaced;
import org.fooddelivery.events.order.OrderRejected;
import org.fooddelivery.events.order.OrderRequestEscalated;
import org.fooddelivery.events.order.OrderStatusChanged;
import org.fooddelivery.events.payment.PaymentAdjusted;
import org.fooddelivery.events.payment.PaymentApproved;
import org.fooddelivery.events.payment.PaymentRefunded;
import org.fooddelivery.events.payment.PaymentSettled;
import org.fooddelivery.events.payment.PaymentVoided;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The four topics of the saga and the events each carries (docs/contract.md, "Events"): a
 * service publishes only on its own topic. Consumers' subscriptions are checked against this list,
 * so a subscription cannot select an event its topic never carries.
 */
public enum Topic {

    ORDER_EVENTS("orderEvents", OrderPlaced.class, OrderStatusChanged.class, OrderCancellationRequested.class,
            OrderChangeRequested.class, OrderChanged.class, OrderCancelled.class, OrderRejected.class,
            OrderCompleted.class, OrderRequestEscalated.class),
    KITCHEN_EVENTS("kitchenEvents", TicketCreated.class, TicketAccepted.class, TicketRejected.class,
            CookingStarted.class, CookingFinished.class, TicketCancelled.class, TicketCancellationRefused.class,
            TicketChanged.class, TicketChangeRefused.class, ThankYouSent.class),
    DELIVERY_EVENTS("deliveryEvents", DeliveryPickedUp.class),
    PAYMENT_EVENTS("paymentEvents", PaymentApproved.class, PaymentRefunded.class, PaymentAdjusted.class,
            PaymentSettled.class, PaymentVoided.class);

    private final String topicName;
    private final List<Class<? extends DomainEvent>> events;

    @SafeVarargs
    Topic(String topicName, Class<? extends DomainEvent>... events) {
        this.topicName = topicName;
        this.events = List.of(events);
    }

    /** The topic's name: {@code jms/topic/<name>} in server.xml, and the suffix of its subscriptions. */
    public String topicName() {
        return topicName;
    }

    public List<Class<? extends DomainEvent>> events() {
        return events;
    }

    /** The wire names of the events this topic carries. */
    public List<String> eventTypes() {
        return events.stream().map(DomainEvent::typeOf).toList();
    }

    public static Optional<Topic> named(String topicName) {
        return Stream.of(values()).filter(topic -> topic.topicName.equals(topicName)).findFirst();
    }
}
