package org.fooddelivery.kitchen.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One line of a dish's stock history, as the owner reads it: a count of the shelf or a relative
 * adjustment, who made it and why, and the numbers right after it. Written in the transaction that
 * changed the dish, under its row lock, so the history replays to exactly what is on hand.
 */
@Entity
@Table(name = "STOCK_ADJUSTMENT", indexes = @Index(name = "STOCK_ADJUSTMENT_ITEM", columnList = "menuItemId,id"))
public class StockAdjustment {

    /** COUNT: the owner set what is on hand (PUT .../stock); ADJUSTMENT: a relative change (POST .../adjustments). */
    public enum Kind { COUNT, ADJUSTMENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long storeId;
    private long menuItemId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    /** On hand after − on hand before. */
    private int delta;
    private int onHandAfter;
    private int reservedAfter;
    private String reason;
    private String recordedBy;
    private Instant recordedAt;

    protected StockAdjustment() {
    }

    static StockAdjustment of(MenuItem item, Kind kind, int delta, String reason, String by, Instant at) {
        StockAdjustment adjustment = new StockAdjustment();
        adjustment.storeId = item.getStoreId();
        adjustment.menuItemId = item.getId();
        adjustment.kind = kind;
        adjustment.delta = delta;
        adjustment.onHandAfter = item.getOnHand();
        adjustment.reservedAfter = item.getReserved();
        adjustment.reason = reason;
        adjustment.recordedBy = by;
        adjustment.recordedAt = at;
        return adjustment;
    }

    public Long getId() {
        return id;
    }

    public long getStoreId() {
        return storeId;
    }

    public long getMenuItemId() {
        return menuItemId;
    }

    public Kind getKind() {
        return kind;
    }

    public int getDelta() {
        return delta;
    }

    public int getOnHandAfter() {
        return onHandAfter;
    }

    public int getReservedAfter() {
        return reservedAfter;
    }

    public String getReason() {
        return reason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
