package org.fooddelivery.order.application;

import org.fooddelivery.contracts.events.DomainEvent;

/** Where order's events go; the JMS implementation lives in the messaging package. */
public interface OrderEvents {

    /** Publishes within the caller's transaction: the event exists only if the transaction commits. */
    void publish(DomainEvent event);
}
