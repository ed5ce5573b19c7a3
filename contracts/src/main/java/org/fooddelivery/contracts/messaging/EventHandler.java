package org.fooddelivery.contracts.messaging;

import org.fooddelivery.contracts.events.EventEnvelope;

/**
 * What one consumer of a service does with the events it subscribes to, as a CDI bean: its
 * message-driven beans hand every delivery to it through {@link EventConsumption}, and an operator's
 * replay of a parked event ({@link ParkedEvents}) reaches the very same code. One bean per consumer
 * name; it ignores event types that are not its own.
 */
public interface EventHandler {

    /** The consumer's name: its key in PROCESSED_EVENT and PARKED_EVENT, its metrics tag. */
    String consumer();

    /** Applies the event, in the caller's transaction; an exception rolls it back. */
    void handle(EventEnvelope event);
}
