package org.fooddelivery.loadtests.ceiling;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;

/** The row the POST inserts. */
@Entity
public class CeilingRecord {
    @Id
    private String id;
    private Instant createdAt;

    protected CeilingRecord() {
    }

    CeilingRecord(String id, Instant createdAt) {
        this.id = id;
        this.createdAt = createdAt;
    }
}
