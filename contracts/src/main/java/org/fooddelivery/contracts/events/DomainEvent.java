package org.fooddelivery.contracts.events;

/**
 * A fact one service announces to the others. Every event belongs to exactly one order: the
 * order id is the saga's correlation key, and each consumer finds its own row by it.
 */
public interface DomainEvent {

    String orderId();

    /** The name consumers select on; the simple class name keeps contract and wire name in step. */
    default String eventType() {
        return getClass().getSimpleName();
    }
}
