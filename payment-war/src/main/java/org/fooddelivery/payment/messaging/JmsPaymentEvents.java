package org.fooddelivery.payment.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Topic;
import org.fooddelivery.contracts.events.DomainEvent;
import org.fooddelivery.contracts.events.Destinations;
import org.fooddelivery.contracts.messaging.EventMessages;
import org.fooddelivery.payment.application.PaymentEvents;

/** Publishes payment's events on its own topic, enlisted in the caller's XA transaction. */
@ApplicationScoped
public class JmsPaymentEvents implements PaymentEvents {

    @Resource(lookup = Destinations.CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    @Resource(lookup = Destinations.PAYMENT_EVENTS)
    Topic topic;

    @Override
    public void publish(DomainEvent event) {
        EventMessages.publish(connectionFactory, topic, event);
    }
}
