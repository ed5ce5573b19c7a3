package org.fooddelivery.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code food_events_parked{service=...}}: how many messages wait for an operator in this service.
 * Counted from the table on the scheduler (the metrics endpoint's thread never touches the
 * database), every {@code food.messaging.parked-gauge-interval}.
 */
@ApplicationScoped
public class ParkedEventsGauge extends PeriodicJob {

    @Inject
    ParkedEvents parked;

    @Inject
    MetricRegistry metrics;

    @Inject
    @ConfigProperty(name = "food.service.name")
    String service;

    @Inject
    @ConfigProperty(name = "food.messaging.parked-gauge-interval")
    Duration interval;

    private final AtomicLong depth = new AtomicLong();
    private volatile boolean registered;

    @Override
    protected Duration interval() {
        return interval;
    }

    @Override
    protected void runOnce() {
        depth.set(parked.depth());
        if (!registered) {
            metrics.gauge("food_events_parked", depth::get, new Tag("service", service));
            registered = true;
        }
    }
}
