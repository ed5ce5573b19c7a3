package org.fooddelivery.events;

/**
 * A fact one service announces to the others. Every event belongs to exactly one order: the
 * order id is the saga's correlation key, and each consumer finds its own row by it.
 */
public interface DomainEvent {

    String orderId();

    /** The name consumers select on; the simple class name keeps contract and wire name in step. */
    default String eventType() {
        return typeOf(getClass());
    }

    /**
     * The wire name of an event class, as publishers write it and consumers' selectors and routes
     * read it. {@code EventCatalogTest} pins every name, so renaming a record cannot change the
     * contract unnoticed.
     */
    static String typeOf(Class<? extends DomainEvent> eventClass) {
        return eventClass.getSimpleName();
    }
}
