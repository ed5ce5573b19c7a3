package org.fooddelivery.platform.messaging;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import org.fooddelivery.events.DomainEvent;
import org.fooddelivery.events.EventCodec;
import org.fooddelivery.events.EventEnvelope;
import org.fooddelivery.events.MalformedEventException;

import java.time.Instant;

/**
 * The JMS encoding of an event, shared by every publisher and every message-driven bean: a
 * persistent text message holding the envelope, with the order id as JMSCorrelationID and the
 * event type and id as string properties.
 */
public final class EventMessages {

    private EventMessages() {
    }

    /**
     * Wraps the event in a new envelope and sends it. Called inside a JTA transaction, the
     * context's session is enlisted in it: the message is delivered only if the transaction
     * commits, together with the state change that caused it.
     */
    public static EventEnvelope publish(ConnectionFactory connectionFactory, Destination topic, DomainEvent event) {
        return publish(connectionFactory, topic, EventEnvelope.of(event, Instant.now()));
    }

    /** Sends an envelope made by the caller (an event sent again under its first id). */
    public static EventEnvelope publish(ConnectionFactory connectionFactory, Destination topic, EventEnvelope envelope) {
        try (JMSContext context = connectionFactory.createContext()) {
            send(context, topic, envelope);
        }
        return envelope;
    }

    /** Sends in the caller's transaction when the context was created inside one. */
    public static void send(JMSContext context, Destination topic, EventEnvelope envelope) {
        TextMessage message = context.createTextMessage(EventCodec.toJson(envelope));
        try {
            message.setJMSCorrelationID(envelope.orderId());
            message.setStringProperty(JmsResources.EVENT_TYPE_PROPERTY, envelope.eventType());
            message.setStringProperty(JmsResources.EVENT_ID_PROPERTY, envelope.eventId());
        } catch (JMSException e) {
            throw new IllegalStateException("cannot set event headers", e);
        }
        context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(topic, message);
    }

    public static EventEnvelope read(Message message) {
        if (!(message instanceof TextMessage text)) {
            throw new MalformedEventException("expected a TextMessage, got " + message.getClass().getName(), null);
        }
        try {
            return EventCodec.fromJson(text.getText());
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read message body", e);
        }
    }
}
