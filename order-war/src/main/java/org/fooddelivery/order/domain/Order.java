package org.fooddelivery.order.domain;

import org.fooddelivery.events.order.OrderStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The command side of an order: what the customer bought, at which prices, and where the order
 * stands in its lifecycle. An order exists only once it is paid.
 */
@Entity
@Table(name = "CUSTOMER_ORDER")
public class Order {

    @Id
    private String id;
    private String customerId;
    private long storeId;
    @Enumerated(EnumType.STRING)
    private OrderStatus status;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ORDER_LINE", joinColumns = @JoinColumn(name = "ORDER_ID"))
    @OrderColumn(name = "LINE_NO")
    private List<OrderLine> lines = new ArrayList<>();
    private long totalAmount;
    @Embedded
    private DeliveryAddress deliveryAddress;
    private String paymentId;
    private Instant createdAt;
    private Instant updatedAt;
    /** Why the order was rejected or cancelled. */
    private String closingReason;

    /** The customer's latest cancel or change request and what the kitchen answered. */
    @Enumerated(EnumType.STRING)
    private CustomerRequest lastRequest;
    @Enumerated(EnumType.STRING)
    private RequestOutcome lastRequestOutcome;
    private String lastRequestReason;
    /** Counts changes, so a late answer to an older change is recognised and ignored. */
    private int changeNumber;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ORDER_PENDING_LINE", joinColumns = @JoinColumn(name = "ORDER_ID"))
    @OrderColumn(name = "LINE_NO")
    private List<OrderLine> pendingLines = new ArrayList<>();
    private long pendingTotalAmount;
    /**
     * The pending request's event id, kept so a re-ask is the same message to its consumers (their
     * de-duplication drops it if the first one arrived): the kitchen answers once.
     */
    private String requestEventId;
    /** When the pending request was last sent to the kitchen, how often it was re-sent, and when it went to the operators. */
    private Instant requestAskedAt;
    private int requestReasks;
    private Instant requestEscalatedAt;

    @Version
    private long version;

    protected Order() {
    }

    private Order(String id, String customerId, long storeId, PricedOrder priced, DeliveryAddress address,
                  String paymentId, Instant createdAt) {
        this.id = id;
        this.customerId = customerId;
        this.storeId = storeId;
        this.lines = new ArrayList<>(priced.lines());
        this.totalAmount = priced.total();
        this.deliveryAddress = address;
        this.paymentId = paymentId;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.status = OrderStatus.PLACED;
    }

    /** A priced order whose payment was approved: the first state of the lifecycle. */
    public static Order placed(String id, String customerId, long storeId, PricedOrder priced,
                               DeliveryAddress address, String paymentId, Instant at) {
        return new Order(id, customerId, storeId, priced, address, paymentId, at);
    }

    public boolean belongsTo(String userId) {
        return customerId.equals(userId);
    }

    /** What clients see: the lifecycle status, or the request the kitchen is deciding. */
    public String displayStatus() {
        if (lastRequestOutcome == RequestOutcome.PENDING) {
            return lastRequest.displayStatus().name();
        }
        return status.name();
    }

    // --- the customer's commands (F6, F13, F11) ---------------------------------------------

    /** @return true if a cancellation must be sent to the kitchen; false if it already was, or is done */
    public boolean requestCancellation(Instant at) {
        if (status == OrderStatus.CANCELLED || hasPending(CustomerRequest.CANCEL)) {
            return false;
        }
        requireBeforeCooking("cancelled");
        if (hasPending(CustomerRequest.CHANGE)) {
            throw new OrderStateException("order " + id + " has a change in progress; cancel once it is decided");
        }
        startRequest(CustomerRequest.CANCEL, at);
        return true;
    }

    /**
     * Refuses (409) a change the order's state already forbids: checked before the new dishes are
     * priced, and again under the lock by {@link #requestChange}.
     */
    public void requireChangeable() {
        requireBeforeCooking("changed");
    }

    /** @return the number of this change, which the kitchen's answer refers to */
    public int requestChange(PricedOrder priced, Instant at) {
        requireChangeable();
        if (lastRequestOutcome == RequestOutcome.PENDING) {
            throw new OrderStateException("order " + id + " has a " + lastRequest.name().toLowerCase()
                    + " in progress; try again once it is decided");
        }
        changeNumber++;
        pendingLines = new ArrayList<>(priced.lines());
        pendingTotalAmount = priced.total();
        startRequest(CustomerRequest.CHANGE, at);
        return changeNumber;
    }

    /** @return true if the order completed now; false if it already was */
    public boolean confirmDelivery(Instant at) {
        if (status == OrderStatus.COMPLETED) {
            return false;
        }
        if (status != OrderStatus.PICKED_UP) {
            throw new OrderStateException("order " + id + " is " + status + ": only a picked-up order can be confirmed");
        }
        moveTo(OrderStatus.COMPLETED, at);
        return true;
    }

    // --- saga timeouts: states that must not wait forever ----------------------------------------

    /** Picked up at or before {@code cutoff} and still not confirmed by the customer. */
    public boolean isAwaitingConfirmationSince(Instant cutoff) {
        return status == OrderStatus.PICKED_UP && !updatedAt.isAfter(cutoff);
    }

    /**
     * The customer never confirmed a delivered order: it completes on its own, as if confirmed, with
     * the reason recorded. @return true if it completed now
     */
    public boolean autoConfirm(Instant cutoff, Instant at) {
        if (!isAwaitingConfirmationSince(cutoff)) {
            return false;
        }
        closingReason = AUTO_CONFIRMED;
        moveTo(OrderStatus.COMPLETED, at);
        return true;
    }

    /** A cancel or change sent (or re-sent) at or before {@code cutoff} that the kitchen has not answered, not yet with the operators. */
    public boolean isAwaitingKitchenAnswerSince(Instant cutoff) {
        return lastRequestOutcome == RequestOutcome.PENDING && requestEscalatedAt == null
                && requestAskedAt != null && !requestAskedAt.isAfter(cutoff);
    }

    /**
     * The kitchen left the request unanswered: ask again, up to {@code maxReasks} times, then hand it
     * to the operators (the request stays pending: only the kitchen knows whether cooking started).
     */
    public UnansweredRequest onUnansweredRequest(Instant cutoff, int maxReasks, Instant at) {
        if (!isAwaitingKitchenAnswerSince(cutoff)) {
            return UnansweredRequest.ANSWERED;
        }
        if (requestReasks < maxReasks) {
            requestReasks++;
            requestAskedAt = at;
            return UnansweredRequest.ASK_AGAIN;
        }
        requestEscalatedAt = at;
        return UnansweredRequest.ESCALATE;
    }

    /** What to do with a request the kitchen did not answer in time. */
    public enum UnansweredRequest { ANSWERED, ASK_AGAIN, ESCALATE }

    /** The reason recorded on an order the customer did not confirm in time. */
    public static final String AUTO_CONFIRMED = "AUTO_CONFIRMED";

    // --- facts from the kitchen and delivery ---------------------------------------------------

    /**
     * Moves forward along the lifecycle only: a late or repeated fact changes nothing (the exits
     * go through {@link #close}). @return true if it moved
     */
    public boolean advanceTo(OrderStatus next, Instant at) {
        if (status.isTerminal() || next.isExit() || !status.isBefore(next)) {
            return false;
        }
        moveTo(next, at);
        return true;
    }

    /** Rejected or cancelled; pending requests end with it. @return true if the order closed now */
    public boolean close(OrderStatus exit, String reason, Instant at) {
        if (status.isTerminal()) {
            return false;
        }
        closingReason = reason;
        if (lastRequestOutcome == RequestOutcome.PENDING) {
            boolean cancelled = exit == OrderStatus.CANCELLED && lastRequest == CustomerRequest.CANCEL;
            finishRequest(cancelled ? RequestOutcome.DONE : RequestOutcome.REFUSED, cancelled ? null : reason);
        }
        moveTo(exit, at);
        return true;
    }

    public void cancellationRefused(String reason, Instant at) {
        if (hasPending(CustomerRequest.CANCEL)) {
            finishRequest(RequestOutcome.REFUSED, reason);
            updatedAt = at;
        }
    }

    /** The kitchen took change {@code number}: the pending lines become the order. @return the total before */
    public OptionalLong changeAccepted(int number, Instant at) {
        if (!hasPending(CustomerRequest.CHANGE) || number != changeNumber) {
            return OptionalLong.empty();
        }
        long previousTotal = totalAmount;
        lines = new ArrayList<>(pendingLines);
        totalAmount = pendingTotalAmount;
        pendingLines = new ArrayList<>();
        finishRequest(RequestOutcome.DONE, null);
        updatedAt = at;
        return OptionalLong.of(previousTotal);
    }

    public void changeRefused(int number, String reason, Instant at) {
        if (hasPending(CustomerRequest.CHANGE) && number == changeNumber) {
            pendingLines = new ArrayList<>();
            finishRequest(RequestOutcome.REFUSED, reason);
            updatedAt = at;
        }
    }

    private boolean hasPending(CustomerRequest request) {
        return lastRequest == request && lastRequestOutcome == RequestOutcome.PENDING;
    }

    /** The customer may still cancel or change: cooking has not started (as far as order knows). */
    public boolean isBeforeCooking() {
        return status == OrderStatus.PLACED || status == OrderStatus.ACCEPTED;
    }

    private void requireBeforeCooking(String what) {
        if (!isBeforeCooking()) {
            throw new OrderStateException("order " + id + " is " + status + " and can no longer be " + what
                    + (status.isTerminal() ? "" : ": cooking has started"));
        }
    }

    private void startRequest(CustomerRequest request, Instant at) {
        lastRequest = request;
        lastRequestOutcome = RequestOutcome.PENDING;
        lastRequestReason = null;
        requestEventId = UUID.randomUUID().toString();
        requestAskedAt = at;
        requestReasks = 0;
        requestEscalatedAt = null;
        updatedAt = at;
    }

    private void finishRequest(RequestOutcome outcome, String reason) {
        lastRequestOutcome = outcome;
        lastRequestReason = reason;
    }

    private void moveTo(OrderStatus next, Instant at) {
        status = next;
        updatedAt = at;
    }

    public String getId() {
        return id;
    }

    public String getCustomerId() {
        return customerId;
    }

    public long getStoreId() {
        return storeId;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public List<OrderLine> getLines() {
        return List.copyOf(lines);
    }

    public long getTotalAmount() {
        return totalAmount;
    }

    public DeliveryAddress getDeliveryAddress() {
        return deliveryAddress;
    }

    public String getPaymentId() {
        return paymentId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getClosingReason() {
        return closingReason;
    }

    public CustomerRequest getLastRequest() {
        return lastRequest;
    }

    public RequestOutcome getLastRequestOutcome() {
        return lastRequestOutcome;
    }

    public String getLastRequestReason() {
        return lastRequestReason;
    }

    public int getChangeNumber() {
        return changeNumber;
    }

    public List<OrderLine> getPendingLines() {
        return List.copyOf(pendingLines);
    }

    public long getPendingTotalAmount() {
        return pendingTotalAmount;
    }

    public String getRequestEventId() {
        return requestEventId;
    }

    public Instant getRequestAskedAt() {
        return requestAskedAt;
    }

    public int getRequestReasks() {
        return requestReasks;
    }

    public Instant getRequestEscalatedAt() {
        return requestEscalatedAt;
    }
}
