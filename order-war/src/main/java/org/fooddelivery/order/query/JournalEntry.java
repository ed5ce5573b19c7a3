package org.fooddelivery.order.query;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * Every event the tracking projection consumed, as received. The read model is a function of
 * this journal, which is what makes it rebuildable: reset an order's view, replay its entries.
 * Entries of orders final for longer than the retention are compacted away (the view is then the
 * order's snapshot), so the journal grows with the recent orders only.
 */
@Entity
@Table(name = "TRACKING_JOURNAL", indexes = {
        @Index(name = "JOURNAL_EVENT", columnList = "eventId", unique = true),
        @Index(name = "JOURNAL_ORDER", columnList = "orderId,sequence")})
public class JournalEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long sequence;
    @Column(nullable = false)
    private String eventId;
    private String eventType;
    private String orderId;
    private Instant occurredAt;
    @Lob
    private String envelope;

    protected JournalEntry() {
    }

    JournalEntry(String eventId, String eventType, String orderId, Instant occurredAt, String envelope) {
        this.eventId = eventId;
        this.eventType = eventType;
        this.orderId = orderId;
        this.occurredAt = occurredAt;
        this.envelope = envelope;
    }

    public String getEnvelope() {
        return envelope;
    }
}
