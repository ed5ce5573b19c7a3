package org.fooddelivery.order.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.logging.Logger;

/**
 * Recomputes the tracking read model from the journal, a page of orders per transaction
 * ({@code order.tracking.rebuild-page-orders}): each transaction stays short whatever the size of
 * the read model, and no view is ever missing while it runs (each is reset and replayed under its
 * lock). Safe while events keep arriving: they lock the same view first, and every update of the
 * view tolerates any order, so the result is the same.
 */
@ApplicationScoped
public class TrackingRebuild {

    private static final Logger LOG = Logger.getLogger(TrackingRebuild.class.getName());

    @Inject
    TrackingProjection projection;

    @Inject
    @ConfigProperty(name = "order.tracking.rebuild-page-orders")
    int pageOrders;

    /** @return the number of events replayed */
    public long rebuild() {
        long replayed = 0;
        String after = "";
        List<String> page;
        do {
            page = projection.journaledOrdersAfter(after, pageOrders);
            if (!page.isEmpty()) {
                replayed += projection.replayOrders(page);
                after = page.get(page.size() - 1);
            }
        } while (page.size() == pageOrders);
        long total = replayed;
        LOG.info(() -> "Tracking read model rebuilt from " + total + " journaled events");
        return replayed;
    }
}
