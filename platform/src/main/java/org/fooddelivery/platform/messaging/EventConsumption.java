package org.fooddelivery.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.fooddelivery.events.EventEnvelope;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What every message-driven bean does around its consumer's handling: wait before a redelivery
 * ({@link RedeliveryBackoff}), read the envelope, skip an event already processed, count and log.
 * Runs in the MDB's container transaction; a failure rolls the delivery back and the message comes
 * again. On the last delivery ({@code food.messaging.max-deliveries}, the engines' own limit) the
 * handling runs in a transaction of its own and, if it fails once more, the message is parked in
 * the service's PARKED_EVENT table in the delivery's transaction ({@link ParkedEvents}), where
 * operators list, replay or discard it: the same on the embedded engine and on Artemis, and the
 * broker's exception destination / DLQ stays the last resort for a message that cannot even be
 * parked. The give-up is logged at SEVERE and counted in {@code food_events_failed_total}.
 */
@ApplicationScoped
public class EventConsumption {

    private static final Logger LOG = Logger.getLogger(EventConsumption.class.getName());

    @Inject
    ProcessedEvents processed;

    @Inject
    ParkedEvents parked;

    @Inject
    RedeliveryBackoff backoff;

    @Inject
    SeparateTransaction separately;

    @Inject
    MetricRegistry metrics;

    @Inject
    @ConfigProperty(name = "food.messaging.max-deliveries")
    int maxDeliveries;

    public void consume(EventHandler handler, Message message) {
        int delivery = deliveryCount(message);
        backoff.await(delivery);
        boolean last = delivery >= maxDeliveries;
        String consumer = handler.consumer();
        EventEnvelope envelope = null;
        try {
            envelope = EventMessages.read(message);
            EventEnvelope event = envelope;
            if (last) {
                separately.run(() -> process(handler, event));
            } else {
                process(handler, event);
            }
        } catch (RuntimeException e) {
            String what = envelope == null ? "unreadable message" : envelope.eventType() + " " + envelope.eventId()
                    + " of order " + envelope.orderId();
            if (!last) {
                LOG.log(Level.WARNING, consumer + ": " + what + " failed on delivery " + delivery + ", will be redelivered: " + e);
                throw e;
            }
            metrics.counter("food_events_failed", new Tag("consumer", consumer)).inc();
            LOG.log(Level.SEVERE, consumer + ": " + what + " failed on delivery " + delivery
                    + "; parked for an operator (GET admin/parked-events)", e);
            parked.park(consumer, envelope, property(message, JmsResources.EVENT_ID_PROPERTY),
                    property(message, JmsResources.EVENT_TYPE_PROPERTY), correlationId(message), body(message),
                    e, delivery);
        }
    }

    /**
     * The effect of one event, exactly once: the de-duplication record and the handler's work
     * commit together. Also what an operator's replay runs.
     */
    public void process(EventHandler handler, EventEnvelope envelope) {
        String consumer = handler.consumer();
        if (!processed.recordFirstDelivery(consumer, envelope)) {
            LOG.fine(() -> consumer + ": duplicate event ignored");
            metrics.counter("food_events_duplicates", new Tag("consumer", consumer)).inc();
            return;
        }
        handler.routes().dispatch(envelope);
        metrics.counter("food_events_processed", new Tag("consumer", consumer)).inc();
    }

    private static int deliveryCount(Message message) {
        try {
            return message.getIntProperty("JMSXDeliveryCount");
        } catch (JMSException | NumberFormatException e) {
            return 1;
        }
    }

    private static String property(Message message, String name) {
        try {
            return message.getStringProperty(name);
        } catch (JMSException e) {
            return null;
        }
    }

    private static String correlationId(Message message) {
        try {
            return message.getJMSCorrelationID();
        } catch (JMSException e) {
            return null;
        }
    }

    private static String body(Message message) {
        try {
            return message instanceof TextMessage text ? text.getText() : null;
        } catch (JMSException e) {
            return null;
        }
    }
}
