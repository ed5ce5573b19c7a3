package org.fooddelivery.platform.messaging;

/**
 * What one consumer of a service does with the events it subscribes to, as a CDI bean: its
 * message-driven beans hand every delivery to it through {@link EventConsumption}, and an operator's
 * replay of a parked event ({@link ParkedEvents}) reaches the very same code. One bean per consumer
 * name; its routes name the event types it takes, and its subscriptions select exactly those.
 */
public interface EventHandler {

    /** The consumer's name: its key in PROCESSED_EVENT and PARKED_EVENT, its metrics tag. */
    String consumer();

    /**
     * What it does with each event type it takes, in the caller's transaction (an exception rolls
     * it back). Built once, in a field initializer with lambdas (not method references on injected
     * fields, which are still null while the bean is constructed).
     */
    EventRoutes routes();
}
