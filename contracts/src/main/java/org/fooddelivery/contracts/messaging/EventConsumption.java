package org.fooddelivery.contracts.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.fooddelivery.contracts.events.EventEnvelope;

import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What every message-driven bean does around its own handling: read the envelope, skip an event
 * already processed, count and log. Runs in the MDB's container transaction; an exception rolls
 * the delivery back, and the messaging engine redelivers it until the topic space's
 * maxRedeliveryCount, then moves it to the exception destination, where operators find it (the
 * last failure is logged at SEVERE and counted in {@code food_events_failed_total}).
 */
@ApplicationScoped
public class EventConsumption {

    private static final Logger LOG = Logger.getLogger(EventConsumption.class.getName());

    @Inject
    ProcessedEvents processed;

    @Inject
    MetricRegistry metrics;

    @Inject
    @ConfigProperty(name = "food.messaging.max-deliveries", defaultValue = "5")
    int maxDeliveries;

    public void consume(String consumer, Message message, Consumer<EventEnvelope> handler) {
        int delivery = deliveryCount(message);
        EventEnvelope envelope = null;
        try {
            envelope = EventMessages.read(message);
            if (!processed.recordFirstDelivery(consumer, envelope)) {
                LOG.fine(() -> consumer + ": duplicate event ignored");
                metrics.counter("food_events_duplicates", new Tag("consumer", consumer)).inc();
                return;
            }
            handler.accept(envelope);
            metrics.counter("food_events_processed", new Tag("consumer", consumer)).inc();
        } catch (RuntimeException e) {
            String what = envelope == null ? "unreadable message" : envelope.eventType() + " " + envelope.eventId()
                    + " of order " + envelope.orderId();
            if (delivery >= maxDeliveries) {
                metrics.counter("food_events_failed", new Tag("consumer", consumer)).inc();
                LOG.log(Level.SEVERE, consumer + ": " + what + " failed on delivery " + delivery
                        + "; the messaging engine moves it to the exception destination", e);
            } else {
                LOG.log(Level.WARNING, consumer + ": " + what + " failed on delivery " + delivery + ", will be redelivered: " + e);
            }
            throw e;
        }
    }

    private static int deliveryCount(Message message) {
        try {
            return message.getIntProperty("JMSXDeliveryCount");
        } catch (JMSException | NumberFormatException e) {
            return 1;
        }
    }
}
