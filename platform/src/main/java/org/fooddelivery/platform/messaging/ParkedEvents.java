package org.fooddelivery.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.fooddelivery.events.EventCodec;
import org.fooddelivery.events.EventEnvelope;
import org.fooddelivery.platform.persistence.ParkedEvent;
import org.fooddelivery.platform.application.NoSuchResourceException;
import org.fooddelivery.platform.application.RefusedException;
import org.fooddelivery.platform.application.StateConflictException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The messages this service's consumers gave up on, and what operators do with them: list, replay
 * (the consumer's own handler applies the parked message as it came, with the de-duplication
 * record in the same transaction, so it takes effect exactly once however often it is replayed or
 * delivered again), or discard with a reason. Everything stays in PARKED_EVENT as the record of
 * what happened.
 */
@ApplicationScoped
public class ParkedEvents {

    private static final Logger LOG = Logger.getLogger(ParkedEvents.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    @Any
    Instance<EventHandler> handlers;

    @Inject
    EventConsumption consumption;

    @Inject
    SeparateTransaction separately;

    /** Records the message in the delivery's transaction, which then commits: consumed and parked at once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ParkedEvent park(String consumer, EventEnvelope envelope, String eventId, String eventType, String orderId,
                            String body, RuntimeException failure, int deliveries) {
        ParkedEvent event = envelope == null
                ? new ParkedEvent(consumer, eventId, eventType, orderId, body, reason(failure), deliveries, Instant.now())
                : new ParkedEvent(consumer, envelope.eventId(), envelope.eventType(), envelope.orderId(), body,
                        reason(failure), deliveries, Instant.now());
        em.persist(event);
        return event;
    }

    public List<ParkedEvent> list(ParkedEvent.Status status, int limit) {
        return em.createQuery("SELECT p FROM ParkedEvent p WHERE p.status = :status ORDER BY p.parkedAt", ParkedEvent.class)
                .setParameter("status", status).setMaxResults(limit).getResultList();
    }

    public ParkedEvent get(String id) {
        return Optional.ofNullable(em.find(ParkedEvent.class, id))
                .orElseThrow(() -> new NoSuchResourceException("no parked event " + id));
    }

    public long depth() {
        return em.createQuery("SELECT COUNT(p) FROM ParkedEvent p WHERE p.status = :status", Long.class)
                .setParameter("status", ParkedEvent.Status.PARKED).getSingleResult();
    }

    /**
     * Applies the parked message with its consumer's handler. A failure leaves it parked with the
     * new reason and answers 409 with it; the cause can be fixed and the replay tried again.
     */
    public ParkedEvent replay(String id, String by) {
        try {
            separately.run(() -> {
                ParkedEvent parked = lockParked(id); // no such event, or not parked: refused as it is
                try {
                    EventEnvelope envelope = EventCodec.fromJson(parked.getBody());
                    consumption.process(handler(parked.getConsumer()), envelope);
                } catch (RuntimeException e) {
                    throw new HandlingFailed(e);
                }
                parked.resolve(ParkedEvent.Status.REPLAYED, by, "replayed", Instant.now());
            });
        } catch (HandlingFailed e) {
            String why = reason(e.getCause());
            separately.run(() -> em.find(ParkedEvent.class, id).replayFailed(why));
            throw new StateConflictException("the replay of parked event " + id + " failed, it stays parked: " + why);
        }
        LOG.info(() -> "Parked event " + id + " replayed by " + by);
        return get(id);
    }

    /** Replays every parked event (oldest first), each on its own; reports the ones that failed again. */
    public ReplayReport replayAll(String by) {
        int replayed = 0;
        List<ReplayReport.Failure> failures = new ArrayList<>();
        for (ParkedEvent parked : list(ParkedEvent.Status.PARKED, 500)) {
            try {
                replay(parked.getId(), by);
                replayed++;
            } catch (RefusedException e) {
                failures.add(new ReplayReport.Failure(parked.getId(), e.getMessage()));
            }
        }
        return new ReplayReport(replayed, failures);
    }

    public ParkedEvent discard(String id, String by, String why) {
        separately.run(() -> lockParked(id).resolve(ParkedEvent.Status.DISCARDED, by, why, Instant.now()));
        LOG.warning(() -> "Parked event " + id + " discarded by " + by + ": " + why);
        return get(id);
    }

    public record ReplayReport(int replayed, List<Failure> failures) {
        public record Failure(String id, String reason) {
        }
    }

    private ParkedEvent lockParked(String id) {
        ParkedEvent parked = em.find(ParkedEvent.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (parked == null) {
            throw new NoSuchResourceException("no parked event " + id);
        }
        if (parked.getStatus() != ParkedEvent.Status.PARKED) {
            throw new StateConflictException("parked event " + id + " is already " + parked.getStatus());
        }
        return parked;
    }

    private EventHandler handler(String consumer) {
        return handlers.stream().filter(h -> h.consumer().equals(consumer)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no handler for consumer " + consumer + " in this service"));
    }

    /** The innermost cause: what actually went wrong, not the layers that passed it on. */
    private static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage();
        return root == failure ? root.getClass().getName() + message
                : failure.getClass().getSimpleName() + " caused by " + root.getClass().getName() + message;
    }

    /** The consumer's handling failed during a replay (not the lookup): the event stays parked. */
    private static final class HandlingFailed extends RuntimeException {
        HandlingFailed(RuntimeException cause) {
            super(cause);
        }
    }
}
