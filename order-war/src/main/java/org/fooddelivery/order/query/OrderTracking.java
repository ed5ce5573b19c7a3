package org.fooddelivery.order.query;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.fooddelivery.events.order.OrderStatus;
import org.fooddelivery.events.payment.PaymentStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.List;

/**
 * The customer's view of an order (F9, A2): a read model of its own, written only by the
 * tracking projection from events of every service, never by the command side. Every update is
 * idempotent and commutative (forward-only status, earliest time per step, newest payment state,
 * highest change number, request pending only if asked after the last answer), so events may
 * arrive in any order and replaying the journal gives the same view.
 */
@Entity
@Table(name = "ORDER_TRACKING", indexes = {
        @Index(name = "TRACKING_CUSTOMER", columnList = "customerId,createdAt"),
        @Index(name = "TRACKING_COMPACTION", columnList = "journalCompactedAt,updatedAt")})
public class OrderTracking {

    /** The statuses after which no event changes the view any more (its journal may be compacted). */
    static final List<String> FINAL_STATUSES = Arrays.stream(OrderStatus.values())
            .filter(OrderStatus::isTerminal).map(OrderStatus::name).toList();

    @Id
    private String orderId;
    /** Null until OrderPlaced arrives: until then the row is invisible to customers. */
    private String customerId;
    private long storeId;
    private String storeName;
    /**
     * The names of an {@link OrderStatus}, an {@link OrderStatus.Passing} and a {@link PaymentStatus},
     * stored as text so that a damaged row still loads and a rebuild can put it right.
     */
    private String status;
    /** The customer's latest request, and when the kitchen last answered one: pending if asked after. */
    private String lastRequest;
    private Instant lastRequestAt;
    private Instant lastAnswerAt;
    private String reason;
    private long totalAmount;
    private int appliedChangeNumber;
    private String paymentStatus;
    private Instant paymentStatusAt;
    private String riderId;
    private Instant createdAt;
    private Instant updatedAt;
    /**
     * Set when the order's journal entries were compacted away (long final): from then on this
     * view is the order's snapshot, and a rebuild leaves it as it is.
     */
    private Instant journalCompactedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "TRACKING_TIMELINE", joinColumns = @JoinColumn(name = "ORDER_ID"))
    private List<TimelineEntry> timeline = new ArrayList<>();

    protected OrderTracking() {
    }

    OrderTracking(String orderId) {
        this.orderId = orderId;
    }

    /** Forgets everything the events said, before the order's journal is replayed into it again. */
    void resetForReplay() {
        customerId = null;
        storeId = 0;
        storeName = null;
        status = null;
        lastRequest = null;
        lastRequestAt = null;
        lastAnswerAt = null;
        reason = null;
        totalAmount = 0;
        appliedChangeNumber = 0;
        paymentStatus = null;
        paymentStatusAt = null;
        riderId = null;
        createdAt = null;
        updatedAt = null;
        timeline.clear();
    }

    /** A snapshot has no journal left to replay: a rebuild must not reset it. */
    boolean isSnapshot() {
        return journalCompactedAt != null;
    }

    void placed(String customer, long store, long total, Instant at) {
        customerId = customer;
        storeId = store;
        if (appliedChangeNumber == 0) {
            totalAmount = total;
        }
        createdAt = at;
        reachStatus(OrderStatus.PLACED, at);
    }

    /** Forward only, and each status once in the timeline, whatever order events come in. */
    void reachStatus(OrderStatus next, Instant at) {
        timelineAdd(next.name(), at);
        OrderStatus current = lifecycleStatus();
        if (current == null || current.isBefore(next)) {
            status = next.name();
        }
        touch(at);
    }

    void requested(OrderStatus.Passing request, Instant at) {
        if (lastRequestAt == null || at.isAfter(lastRequestAt)) {
            lastRequest = request.name();
            lastRequestAt = at;
        }
        timelineAdd(request.name(), at);
        touch(at);
    }

    void requestAnswered(Instant at) {
        if (lastAnswerAt == null || at.isAfter(lastAnswerAt)) {
            lastAnswerAt = at;
        }
        touch(at);
    }

    void changed(int changeNumber, long newTotal, Instant at) {
        if (changeNumber > appliedChangeNumber) {
            appliedChangeNumber = changeNumber;
            totalAmount = newTotal;
        }
        requestAnswered(at);
    }

    void closedBecause(String why) {
        reason = why;
    }

    void storeNamed(long store, String name) {
        storeId = store;
        storeName = name;
    }

    void pickedUpBy(String rider, Instant at) {
        riderId = rider;
        touch(at);
    }

    /** Payment events may overtake each other: the newest one says where the money stands. */
    void payment(PaymentStatus newStatus, Instant at) {
        if (paymentStatusAt == null || !at.isBefore(paymentStatusAt)) {
            paymentStatus = newStatus.name();
            paymentStatusAt = at;
        }
        touch(at);
    }

    private boolean isFinal() {
        OrderStatus current = lifecycleStatus();
        return current != null && current.isTerminal();
    }

    /** Null before the first status event, or for a value that is no status (a damaged row). */
    private OrderStatus lifecycleStatus() {
        return Arrays.stream(OrderStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
    }

    /** Each step once, at the earliest time any event reported it: the same whatever the arrival order. */
    private void timelineAdd(String step, Instant at) {
        timeline.removeIf(e -> e.getStatus().equals(step) && at.isBefore(e.getAt()));
        if (timeline.stream().noneMatch(e -> e.getStatus().equals(step))) {
            timeline.add(new TimelineEntry(step, at));
            timeline.sort(Comparator.comparing(TimelineEntry::getAt).thenComparing(TimelineEntry::getStatus));
        }
    }

    private void touch(Instant at) {
        if (updatedAt == null || at.isAfter(updatedAt)) {
            updatedAt = at;
        }
    }

    public boolean isVisible() {
        return customerId != null;
    }

    public boolean belongsTo(String userId) {
        return userId.equals(customerId);
    }

    /** What the customer sees: the request being decided, or the lifecycle status. */
    public String displayStatus() {
        boolean pending = lastRequestAt != null && (lastAnswerAt == null || lastRequestAt.isAfter(lastAnswerAt));
        return pending && !isFinal() ? lastRequest : status;
    }

    public String getOrderId() {
        return orderId;
    }

    public String getCustomerId() {
        return customerId;
    }

    public long getStoreId() {
        return storeId;
    }

    public String getStoreName() {
        return storeName;
    }

    public String getReason() {
        return reason;
    }

    public long getTotalAmount() {
        return totalAmount;
    }

    public String getPaymentStatus() {
        return paymentStatus;
    }

    public String getRiderId() {
        return riderId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<TimelineEntry> getTimeline() {
        return List.copyOf(timeline);
    }
}
