package org.fooddelivery.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.fooddelivery.events.EventEnvelope;
import org.fooddelivery.platform.persistence.ProcessedEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

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

    /**
     * Forgets at most {@code batchSize} of the events processed before the cutoff, oldest first, in
     * a transaction of its own. One DELETE of everything old would hold a row lock per record
     * (Derby escalates to a lock of the whole table past 5,000) and stall every consumer of the
     * service until it commits; a batch holds a few hundred locks for milliseconds. Each record is
     * deleted by its key: a DELETE with a long IN list may be planned as a scan of the table, which
     * waits on every row a consumer is writing at the moment.
     *
     * @return how many were forgotten; fewer than the batch size means none older are left
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeBatchProcessedBefore(Instant cutoff, int batchSize) {
        List<String> oldest = em.createQuery(
                        "SELECT p.id FROM ProcessedEvent p WHERE p.processedAt < :cutoff ORDER BY p.processedAt", String.class)
                .setParameter("cutoff", cutoff).setMaxResults(batchSize).getResultList();
        if (oldest.isEmpty()) {
            return 0;
        }
        // One JDBC batch on the transaction's own connection: a JPQL DELETE per record would also
        // invalidate the entity cache each time, and cost more than the delete itself.
        try (PreparedStatement delete = em.unwrap(Connection.class).prepareStatement(
                "DELETE FROM PROCESSED_EVENT WHERE ID = ?")) {
            for (String id : oldest) {
                delete.setString(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("purging de-duplication records failed", e);
        }
        return oldest.size();
    }
}
