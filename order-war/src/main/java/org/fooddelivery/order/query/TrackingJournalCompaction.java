package org.fooddelivery.order.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fooddelivery.platform.messaging.PeriodicJob;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Keeps the tracking journal to the recent orders: an order final for longer than
 * {@code order.tracking.journal-retention} keeps its view as its snapshot and loses its journal
 * entries, a page of orders per transaction so the journal's consumers never wait long behind it.
 * On two replicas both may compact the same page; the second deletes nothing.
 */
@ApplicationScoped
public class TrackingJournalCompaction extends PeriodicJob {

    private static final Logger LOG = Logger.getLogger(TrackingJournalCompaction.class.getName());

    @Inject
    TrackingJournal journal;

    @Inject
    @ConfigProperty(name = "order.tracking.journal-retention")
    Duration retention;

    @Inject
    @ConfigProperty(name = "order.tracking.compaction-interval")
    Duration interval;

    @Inject
    @ConfigProperty(name = "order.tracking.compaction-page-orders")
    int pageOrders;

    @Override
    protected Duration interval() {
        return interval;
    }

    @Override
    protected void runOnce() {
        Instant cutoff = Instant.now().minus(retention);
        long orders = 0;
        long entries = 0;
        TrackingJournal.Compacted page;
        do {
            page = journal.compactPageFinalBefore(cutoff, pageOrders);
            orders += page.orders();
            entries += page.entries();
        } while (page.orders() == pageOrders);
        if (orders > 0) {
            long o = orders;
            long e = entries;
            LOG.info(() -> "Compacted the tracking journal of " + o + " orders final before " + cutoff + ": " + e
                    + " entries removed, their views kept as snapshots");
        }
    }
}
