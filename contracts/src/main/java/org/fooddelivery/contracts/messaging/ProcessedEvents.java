package org.fooddelivery.contracts.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.fooddelivery.contracts.events.EventEnvelope;
import org.fooddelivery.contracts.persistence.ProcessedEvent;

import java.time.Instant;

/**
 * The idempotent-consumer record of a service (one table per service database). The persistence
 * context is the WAR's only persistence unit.
 */
@ApplicationScoped
public class ProcessedEvents {

    @PersistenceContext
    EntityManager em;

    /**
     * Records the event in the caller's transaction; false if it was processed before. Two
     * concurrent deliveries of one event collide on the primary key: the loser rolls back and,
     * redelivered, finds the record.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordFirstDelivery(String consumer, EventEnvelope envelope) {
        if (em.find(ProcessedEvent.class, ProcessedEvent.key(consumer, envelope.eventId())) != null) {
            return false;
        }
        em.persist(new ProcessedEvent(consumer, envelope.eventId(), envelope.eventType(), envelope.orderId(),
                Instant.now()));
        em.flush();
        return true;
    }

    /** Forgets events processed before the cutoff; redeliveries older than that are not expected. */
    @Transactional
    public int purgeProcessedBefore(Instant cutoff) {
        return em.createQuery("DELETE FROM ProcessedEvent p WHERE p.processedAt < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
    }
}
