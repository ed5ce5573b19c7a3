package org.fooddelivery.platform.messaging;

import org.fooddelivery.events.DomainEvent;
import org.fooddelivery.events.EventEnvelope;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * What one consumer does with each event type it takes, registered by event class (after FTGO's
 * {@code onEvent(RestaurantCreated.class, this::createMenu)}): the handler receives the decoded
 * record, so a renamed or removed event class no longer compiles instead of silently matching
 * nothing. {@link #eventTypes()} is also what the consumer's subscriptions must select, which each
 * service's {@code SubscriptionsMatchRoutesTest} checks against server.xml both ways.
 */
public final class EventRoutes {

    private static final Logger LOG = Logger.getLogger(EventRoutes.class.getName());

    private final Map<String, Consumer<EventEnvelope>> routes;

    private EventRoutes(Map<String, Consumer<EventEnvelope>> routes) {
        this.routes = Collections.unmodifiableMap(new LinkedHashMap<>(routes));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The wire names of the event types routed, in registration order. */
    public Set<String> eventTypes() {
        return routes.keySet();
    }

    /**
     * Applies the event with its route, in the caller's transaction. An event type without a
     * route is not this consumer's business (its selector lets it through only if server.xml and
     * the routes drifted apart, which the subscriptions test prevents): it is left alone.
     */
    public void dispatch(EventEnvelope event) {
        Consumer<EventEnvelope> route = routes.get(event.eventType());
        if (route == null) {
            LOG.fine(() -> "no route for " + event.eventType() + " " + event.eventId() + ": not this consumer's");
            return;
        }
        route.accept(event);
    }

    public static final class Builder {

        private final Map<String, Consumer<EventEnvelope>> routes = new LinkedHashMap<>();

        /** Routes an event type to a handler of its decoded record. */
        public <E extends DomainEvent> Builder on(Class<E> eventClass, Consumer<E> handler) {
            return on(eventClass, (event, envelope) -> handler.accept(event));
        }

        /** Routes an event type to a handler that also needs its envelope (id, time of the event). */
        public <E extends DomainEvent> Builder on(Class<E> eventClass, BiConsumer<E, EventEnvelope> handler) {
            String type = DomainEvent.typeOf(eventClass);
            if (routes.containsKey(type)) {
                throw new IllegalStateException(type + " is routed twice");
            }
            routes.put(type, envelope -> handler.accept(envelope.payloadAs(eventClass), envelope));
            return this;
        }

        public EventRoutes build() {
            return new EventRoutes(routes);
        }
    }
}
