package org.fooddelivery.payment.application;

import org.fooddelivery.contracts.events.DomainEvent;

/** Where payment's events go; the JMS implementation lives in the messaging package. */
public interface PaymentEvents {

    /** Publishes within the caller's transaction: the event exists only if the transaction commits. */
    void publish(DomainEvent event);
}
