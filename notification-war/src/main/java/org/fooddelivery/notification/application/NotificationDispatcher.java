package org.fooddelivery.notification.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.fooddelivery.platform.messaging.PeriodicJob;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Sends stored messages: right after the storing transaction commits, and, as a safety net, any
 * message still PENDING a while later (the server stopped before sending it). A message is
 * claimed before it is sent, so two senders never send it twice; one that cannot be sent after
 * the channel's retries is marked FAILED with the reason and counted.
 */
@ApplicationScoped
public class NotificationDispatcher extends PeriodicJob {

    private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    NotificationOutcomes outcomes;

    @Inject
    MessageChannel channel;

    @Inject
    MetricRegistry metrics;

    @Inject
    @ConfigProperty(name = "notification.pending-resend-after")
    Duration pendingResendAfter;

    @Inject
    @ConfigProperty(name = "notification.sending-resumed-after")
    Duration sendingResumedAfter;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationStored stored) {
        executor.execute(() -> deliver(stored.notificationId()));
    }

    public void deliver(String notificationId) {
        outcomes.claim(notificationId).ifPresent(message -> {
            try {
                channel.send(message);
                outcomes.sent(notificationId);
                metrics.counter("food_notifications", new Tag("state", "sent")).inc();
            } catch (RuntimeException e) {
                String why = e.getClass().getSimpleName() + ": " + e.getMessage();
                outcomes.gaveUp(notificationId, why);
                metrics.counter("food_notifications", new Tag("state", "failed")).inc();
                LOG.warning(() -> "KakaoTalk message " + notificationId + " to " + message.getCustomerId()
                        + " failed after retries: " + why);
            }
        });
    }

    @Override
    protected Duration interval() {
        return pendingResendAfter;
    }

    /** The sweep: messages forgotten in PENDING are sent, ones interrupted in SENDING are sent again. */
    @Override
    protected void runOnce() {
        sweep(outcomes.pendingSince(Instant.now().minus(pendingResendAfter), batch()), this::deliver);
        sweep(outcomes.resumeInterrupted(Instant.now().minus(sendingResumedAfter), batch()), this::deliver);
    }
}
