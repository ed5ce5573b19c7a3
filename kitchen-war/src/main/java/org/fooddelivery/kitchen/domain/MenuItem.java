package org.fooddelivery.kitchen.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A dish of a store, its current price, and its stock as two numbers the kitchen keeps:
 * <ul>
 *   <li><b>on hand</b>: portions the kitchen can make from what is on the shelf, set by the owner's
 *       count and changed by adjustments and by cooking;</li>
 *   <li><b>reserved</b>: portions promised to open tickets (received or accepted, not yet cooking).</li>
 * </ul>
 * What can still be sold, {@link #available()}, is on hand − reserved, and a new order or a change is
 * checked against it alone. A reservation ends in exactly one of two ways: released (reject, cancel,
 * change, store timeout: the portions can be sold again) or consumed when cooking starts (the portions
 * leave the shelf: on hand and reserved both go down). So an owner's count never adds back what an
 * open ticket holds, and a release never gives back what a count already took into account.
 * <p>
 * Invariants: {@code 0 <= onHand <= MAX}, {@code reserved >= 0}. On hand may be counted below what is
 * reserved (the shelf is what it is); then nothing more is sold, no open ticket is dropped, and
 * {@link #shortfall()} says how many portions the open tickets are missing.
 * <p>
 * Every change happens with the row locked ({@code PESSIMISTIC_WRITE}, see {@link StockReservations} and
 * {@link CatalogRepository#lockMenuItem}); the version catches any writer that did not lock.
 */
@Entity
@Table(name = "MENU_ITEM")
@NamedQuery(name = "MenuItem.ofStore", query = "SELECT m FROM MenuItem m WHERE m.storeId = :storeId ORDER BY m.id")
public class MenuItem {

    /** The most portions one dish can have on hand: far above any kitchen, far below overflow. */
    public static final int MAX_ON_HAND = 1_000_000;

    @Id
    private Long id;
    private long storeId;
    private String name;
    private long price;
    /** The column keeps its old name: what used to be "stock" is what the kitchen has on hand. */
    @Column(name = "STOCK")
    private int onHand;
    private int reserved;
    @Version
    private long version;

    protected MenuItem() {
    }

    public MenuItem(long id, long storeId, String name, long price, int onHand) {
        requireOnHandInRange(onHand);
        this.id = id;
        this.storeId = storeId;
        this.name = name;
        this.price = price;
        this.onHand = onHand;
    }

    /**
     * The owner counted the shelf: that many portions are on hand from now on. Open tickets keep
     * their reservations; a count below them leaves a {@link #shortfall()} rather than dropping an
     * order. Answers the history record of the count.
     */
    public StockAdjustment count(int counted, String reason, String by, Instant at) {
        requireOnHandInRange(counted);
        int delta = counted - onHand;
        onHand = counted;
        return StockAdjustment.of(this, StockAdjustment.Kind.COUNT, delta, reason, by, at);
    }

    /**
     * A relative change of what is on hand (a delivery came in, portions spoiled): applied to the
     * current number under the row lock, so it never overwrites a concurrent reservation or count.
     * Refused if it would take on hand below zero or above {@link #MAX_ON_HAND}.
     */
    public StockAdjustment adjust(int delta, String reason, String by, Instant at) {
        if (delta == 0) {
            throw new IllegalStockChange("an adjustment of 0 changes nothing");
        }
        long after = (long) onHand + delta;
        if (after < 0) {
            throw new IllegalStockChange("only " + onHand + " of " + name + " on hand: cannot take away " + -delta);
        }
        if (after > MAX_ON_HAND) {
            throw new IllegalStockChange("at most " + MAX_ON_HAND + " portions of a dish can be on hand");
        }
        onHand = (int) after;
        return StockAdjustment.of(this, StockAdjustment.Kind.ADJUSTMENT, delta, reason, by, at);
    }

    /** Whether {@code portions} more can be promised to a ticket. */
    boolean canReserve(int portions) {
        return portions <= available();
    }

    /** Promises portions to a ticket; refused if fewer are available. */
    void reserve(int portions) {
        requirePositive(portions);
        if (!canReserve(portions)) {
            throw new IllegalStockChange("only " + available() + " of " + name + " available, " + portions + " wanted");
        }
        reserved += portions;
    }

    /** A ticket gives its promise back without cooking (reject, cancel, change, timeout). */
    void release(int portions) {
        requirePositive(portions);
        if (portions > reserved) {
            throw new IllegalStateException("releasing " + portions + " of " + name + " but only " + reserved
                    + " are reserved: a reservation released twice?");
        }
        reserved -= portions;
    }

    /** Whether the portions a ticket holds are on the shelf to be cooked. */
    boolean canConsume(int portions) {
        return portions <= onHand;
    }

    /** Cooking started: the ticket's reserved portions leave the shelf. */
    void consume(int portions) {
        requirePositive(portions);
        if (portions > reserved) {
            throw new IllegalStateException("consuming " + portions + " of " + name + " but only " + reserved
                    + " are reserved");
        }
        if (!canConsume(portions)) {
            throw new IllegalStockChange("only " + onHand + " of " + name + " on hand, the order needs " + portions
                    + ": count the shelf again or reject an order");
        }
        onHand -= portions;
        reserved -= portions;
    }

    /** What can still be sold: on hand − reserved, never below zero. */
    public int available() {
        return Math.max(0, onHand - reserved);
    }

    /** How many reserved portions are not on hand (the owner counted fewer than open tickets hold). */
    public int shortfall() {
        return Math.max(0, reserved - onHand);
    }

    private static void requirePositive(int portions) {
        if (portions <= 0) {
            throw new IllegalArgumentException("portions must be positive: " + portions);
        }
    }

    private static void requireOnHandInRange(int portions) {
        if (portions < 0 || portions > MAX_ON_HAND) {
            throw new IllegalStockChange("on hand must be between 0 and " + MAX_ON_HAND + ": " + portions);
        }
    }

    public Long getId() {
        return id;
    }

    public long getStoreId() {
        return storeId;
    }

    public String getName() {
        return name;
    }

    public long getPrice() {
        return price;
    }

    public int getOnHand() {
        return onHand;
    }

    public int getReserved() {
        return reserved;
    }
}
