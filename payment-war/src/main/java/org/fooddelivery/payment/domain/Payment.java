package org.fooddelivery.payment.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** One charge of a customer's card for one order, and what became of it. */
@Entity
@Table(name = "PAYMENT")
@NamedQuery(name = "Payment.ofOrder", query = "SELECT p FROM Payment p WHERE p.orderId = :orderId ORDER BY p.createdAt")
public class Payment {

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
    }

    /** Asks the issuer and records the answer; a declined attempt is kept for the customer's history. */
    public static Payment charge(String orderId, String customerId, long amount, String cardNumber) {
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive");
        }
        PaymentStatus outcome = CardIssuer.approves(cardNumber) ? PaymentStatus.APPROVED : PaymentStatus.DECLINED;
        return new Payment(orderId, customerId, amount, cardNumber, outcome);
    }

    public boolean isApproved() {
        return status == PaymentStatus.APPROVED;
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
}
