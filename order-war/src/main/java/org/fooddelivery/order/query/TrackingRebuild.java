package org.fooddelivery.order.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.logging.Logger;

/**
 * Drops the tracking read model and replays the journal into it, a page per transaction. Safe
 * while events keep arriving: they are journaled and applied as usual, and every update of the
 * view tolerates any order, so the result is the same.
 */
@ApplicationScoped
public class TrackingRebuild {

    private static final Logger LOG = Logger.getLogger(TrackingRebuild.class.getName());
    private static final int PAGE = 500;

    @Inject
    TrackingProjection projection;

    /** @return the number of events replayed */
    public long rebuild() {
        projection.clearViews();
        long replayed = 0;
        long after = 0;
        List<JournalEntry> page;
        do {
            page = projection.replayPage(after, PAGE);
            replayed += page.size();
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).getSequence();
            }
        } while (page.size() == PAGE);
        long total = replayed;
        LOG.info(() -> "Tracking read model rebuilt from " + total + " journaled events");
        return replayed;
    }
}
