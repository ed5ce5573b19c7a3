package org.fooddelivery.payment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.fooddelivery.events.payment.PaymentStatus;

import java.time.Instant;
import java.util.OptionalLong;
import java.util.UUID;

/** One charge of a customer's card for one order, and what became of it. */
@Entity
@Table(name = "PAYMENT", indexes = {
        @Index(name = "PAYMENT_ORDER", columnList = "orderId"),
        @Index(name = "PAYMENT_UNCONFIRMED", columnList = "orderConfirmed,status,createdAt")})
@NamedQuery(name = "Payment.ofOrder", query = "SELECT p FROM Payment p WHERE p.orderId = :orderId ORDER BY p.createdAt")
@NamedQuery(name = "Payment.chargedOfOrder",
        query = "SELECT p FROM Payment p WHERE p.orderId = :orderId AND p.status <> :declined")
@NamedQuery(name = "Payment.unconfirmedBefore", query = "SELECT p.id FROM Payment p "
        + "WHERE p.orderConfirmed = FALSE AND p.status = :approved AND p.createdAt < :cutoff")
public class Payment {

    /** Why an approved charge whose order never announced itself was refunded. */
    public static final String ORPHAN_REASON = "ORDER_NOT_PLACED";

    @Id
    private String id;
    private String orderId;
    private String customerId;
    private long amount;
    private long refundedAmount;
    @Enumerated(EnumType.STRING)
    private PaymentStatus status;
    private String cardLast4;
    private Instant createdAt;
    private Instant updatedAt;
    /** Set when OrderPlaced arrives: an approved payment that never gets it is refunded as an orphan. */
    private boolean orderConfirmed;
    /** The latest order change this payment was adjusted to; older ones arriving late are ignored. */
    private int appliedChangeNumber;
    private String refundReason;
    /**
     * The order id, on an approved payment only: unique, so two charges of one order racing each
     * other cannot both be approved (Derby's unique constraint admits any number of nulls).
     */
    @Column(unique = true)
    private String approvedOrderId;
    @Version
    private long version;

    protected Payment() {
    }

    private Payment(String orderId, String customerId, long amount, String cardNumber, PaymentStatus status) {
        this.id = UUID.randomUUID().toString();
        this.orderId = orderId;
        this.customerId = customerId;
        this.amount = amount;
        this.status = status;
        this.cardLast4 = cardNumber.substring(cardNumber.length() - 4);
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /** The acquirer's answer to a charge; a declined attempt is kept for the customer's history. */
    public static Payment charge(String orderId, String customerId, long amount, String cardNumber, boolean approved) {
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive");
        }
        PaymentStatus outcome = approved ? PaymentStatus.APPROVED : PaymentStatus.DECLINED;
        Payment payment = new Payment(orderId, customerId, amount, cardNumber, outcome);
        payment.approvedOrderId = outcome == PaymentStatus.APPROVED ? orderId : null;
        return payment;
    }

    /**
     * Another request to charge this approved payment's order: the same customer and amount is a
     * repeat (a client retry after a lost response, or a request that raced the one that won) and
     * is answered with this payment instead of a second charge; anything else is refused, because
     * an order is paid once.
     */
    public Payment answerRepeatedCharge(String customerId, long amount) {
        if (!belongsTo(customerId) || this.amount != amount) {
            throw new OrderAlreadyPaidException(orderId);
        }
        return this;
    }

    public boolean isApproved() {
        return status == PaymentStatus.APPROVED;
    }

    /** What the customer is charged now. */
    public long netAmount() {
        return amount - refundedAmount;
    }

    /**
     * OrderPlaced arrived. @return false if it came too late: the charge was already refunded as an
     * orphan, so this order has nothing paying for it (the caller voids the order)
     */
    public boolean confirmOrder() {
        orderConfirmed = true;
        return !isVoided();
    }

    /** Refunded as an orphan: its order had not announced itself in time. */
    public boolean isVoided() {
        return status == PaymentStatus.REFUNDED && ORPHAN_REASON.equals(refundReason);
    }

    /**
     * Gives back everything not yet refunded (the order was rejected, cancelled or never placed).
     * A payment refunded already is not refunded again: a second reason to refund the same order
     * moves no money. A settled payment is the store's and cannot be refunded.
     * @return the amount refunded now (0 if nothing was left), empty if it was refunded before
     */
    public OptionalLong refundAll(String reason, Instant at) {
        if (status == PaymentStatus.REFUNDED) {
            return OptionalLong.empty();
        }
        requireOpen("refund");
        long now = netAmount();
        refundedAmount = amount;
        status = PaymentStatus.REFUNDED;
        refundReason = reason;
        updatedAt = at;
        return OptionalLong.of(now);
    }

    /**
     * After change {@code changeNumber} the customer owes {@code newTotal}: charge the difference or
     * refund it, so that the net charge equals the new total. @return false for an old or repeated change
     */
    public boolean adjustTo(int changeNumber, long newTotal, Instant at) {
        if (changeNumber <= appliedChangeNumber || status == PaymentStatus.REFUNDED) {
            return false;
        }
        requireOpen("adjust");
        long net = netAmount();
        if (newTotal > net) {
            amount += newTotal - net;
        } else {
            refundedAmount += net - newTotal;
        }
        appliedChangeNumber = changeNumber;
        status = refundedAmount > 0 ? PaymentStatus.PARTIALLY_REFUNDED : PaymentStatus.APPROVED;
        updatedAt = at;
        return true;
    }

    /** The order completed: the net amount is the store's. @return false if already settled */
    public boolean settle(Instant at) {
        if (status == PaymentStatus.SETTLED || isVoided()) {
            return false; // a voided charge has nothing to settle; the caller reports it
        }
        requireOpen("settle");
        status = PaymentStatus.SETTLED;
        updatedAt = at;
        return true;
    }

    public boolean isOrphanSince(Instant cutoff) {
        return !orderConfirmed && status == PaymentStatus.APPROVED && createdAt.isBefore(cutoff);
    }

    private void requireOpen(String what) {
        if (status != PaymentStatus.APPROVED && status != PaymentStatus.PARTIALLY_REFUNDED) {
            throw new IllegalStateException("cannot " + what + " payment " + id + ": it is " + status);
        }
    }

    public boolean belongsTo(String userId) {
        return customerId.equals(userId);
    }

    public String getId() {
        return id;
    }

    public String getOrderId() {
        return orderId;
    }

    public String getCustomerId() {
        return customerId;
    }

    public long getAmount() {
        return amount;
    }

    public long getRefundedAmount() {
        return refundedAmount;
    }

    public PaymentStatus getStatus() {
        return status;
    }

    public String getCardLast4() {
        return cardLast4;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getRefundReason() {
        return refundReason;
    }
}
