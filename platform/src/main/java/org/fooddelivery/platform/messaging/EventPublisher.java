package org.fooddelivery.platform.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Topic;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fooddelivery.events.DomainEvent;
import org.fooddelivery.events.EventEnvelope;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Publishes a service's events on its own topic, named in its microprofile-config
 * ({@code food.service.topic}). Called inside a JTA transaction, the send is enlisted in it: the
 * event is delivered if and only if the state change that caused it commits.
 */
@ApplicationScoped
public class EventPublisher {

    /** Empty for a service that only consumes (notification-war). */
    @Inject
    @ConfigProperty(name = "food.service.topic")
    Optional<String> topicName;

    private ConnectionFactory connectionFactory;
    private Topic topic;

    @PostConstruct
    void lookUpResources() {
        if (topicName.isEmpty()) {
            return;
        }
        try {
            InitialContext jndi = new InitialContext();
            connectionFactory = (ConnectionFactory) jndi.lookup(JmsResources.CONNECTION_FACTORY);
            topic = (Topic) jndi.lookup(topicName.get());
        } catch (NamingException e) {
            throw new IllegalStateException("messaging resources missing from server.xml: " + e.getMessage(), e);
        }
    }

    public EventEnvelope publish(DomainEvent event) {
        return publishAs(UUID.randomUUID().toString(), event);
    }

    /**
     * Publishes under a given event id. Sending the same event again under the same id (a re-ask)
     * is then one event to every consumer: de-duplication drops whichever copy comes second.
     */
    public EventEnvelope publishAs(String eventId, DomainEvent event) {
        if (topic == null) {
            throw new IllegalStateException("this service publishes no events: food.service.topic is not set");
        }
        return EventMessages.publish(connectionFactory, topic, EventEnvelope.of(eventId, event, Instant.now()));
    }
}
