package org.fooddelivery.order.query;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** One step the order went through, and when it happened (the event's occurredAt). */
@Embeddable
public class TimelineEntry {

    @Column(name = "STEP")
    private String status;
    /** AT is a reserved word in Derby. */
    @Column(name = "OCCURRED_AT")
    private Instant at;

    protected TimelineEntry() {
    }

    TimelineEntry(String status, Instant at) {
        this.status = status;
        this.at = at;
    }

    public String getStatus() {
        return status;
    }

    public Instant getAt() {
        return at;
    }
}
