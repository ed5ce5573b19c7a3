package org.fooddelivery.loadtests.ceiling;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;

/** The row the listener inserts for each message, in the transaction that receives it. */
@Entity
public class ConsumedRecord {
    @Id
    private String id;
    private String recordId;
    private Instant consumedAt;

    protected ConsumedRecord() {
    }

    ConsumedRecord(String id, String recordId, Instant consumedAt) {
        this.id = id;
        this.recordId = recordId;
        this.consumedAt = consumedAt;
    }
}
