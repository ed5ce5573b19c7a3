package org.fooddelivery.order.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Topic;
import org.fooddelivery.contracts.events.DomainEvent;
import org.fooddelivery.contracts.events.Destinations;
import org.fooddelivery.contracts.messaging.EventMessages;
import org.fooddelivery.order.application.OrderEvents;

/** Publishes order's events on its own topic, enlisted in the caller's XA transaction. */
@ApplicationScoped
public class JmsOrderEvents implements OrderEvents {

    @Resource(lookup = Destinations.CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    @Resource(lookup = Destinations.ORDER_EVENTS)
    Topic topic;

    @Override
    public void publish(DomainEvent event) {
        EventMessages.publish(connectionFactory, topic, event);
    }
}
