package org.fooddelivery.notification.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.fooddelivery.notification.client.KakaoTalkChannel;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Sends stored messages: right after the storing transaction commits, and, as a safety net, any
 * message still PENDING a while later (the server stopped before sending it). A message is
 * claimed before it is sent, so two senders never send it twice; one that cannot be sent after
 * the channel's retries is marked FAILED with the reason and counted.
 */
@ApplicationScoped
public class NotificationDispatcher {

    private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    NotificationOutcomes outcomes;

    @Inject
    KakaoTalkChannel kakao;

    @Inject
    MetricRegistry metrics;

    @Inject
    @ConfigProperty(name = "notification.pending-resend-after", defaultValue = "PT1M")
    Duration pendingResendAfter;

    private ScheduledFuture<?> sweep;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationStored stored) {
        executor.execute(() -> deliver(stored.notificationId()));
    }

    void start(@Observes Startup startup) {
        long every = pendingResendAfter.toMillis();
        sweep = scheduler.scheduleWithFixedDelay(this::sendForgotten, every, every, TimeUnit.MILLISECONDS);
    }

    public void deliver(String notificationId) {
        outcomes.claim(notificationId).ifPresent(message -> {
            try {
                kakao.send(message);
                outcomes.sent(notificationId);
                metrics.counter("food_notifications", new Tag("state", "sent")).inc();
            } catch (RuntimeException e) {
                String why = e.getClass().getSimpleName() + ": " + e.getMessage();
                outcomes.failed(notificationId, why);
                metrics.counter("food_notifications", new Tag("state", "failed")).inc();
                LOG.warning(() -> "KakaoTalk message " + notificationId + " to " + message.getCustomerId()
                        + " failed after retries: " + why);
            }
        });
    }

    void sendForgotten() {
        try {
            outcomes.pendingSince(Instant.now().minus(pendingResendAfter)).forEach(this::deliver);
            outcomes.failStuckSending(Instant.now().minus(pendingResendAfter.multipliedBy(10)));
        } catch (RuntimeException e) {
            LOG.warning("Notification sweep failed, will retry: " + e);
        }
    }

    @PreDestroy
    void stop() {
        if (sweep != null) {
            sweep.cancel(false);
        }
    }
}
