package org.fooddelivery.kitchen.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.fooddelivery.events.kitchen.RejectionReasons;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The store's copy of an order, and the single source of truth for "has cooking started". Every
 * command and every saga event that changes a ticket first locks its row, so a customer's cancel
 * and the owner's start are applied one after the other: whichever comes second sees the first.
 */
@Entity
@Table(name = "TICKET", indexes = {
        @Index(name = "TICKET_STORE_STATUS", columnList = "storeId,status"),
        @Index(name = "TICKET_STATUS_RECEIVED", columnList = "status,receivedAt"),
        @Index(name = "TICKET_THANKS_DUE", columnList = "thankedAt,thanksDueAt")})
public class Ticket {

    @Id
    private String orderId;
    private long storeId;
    private String customerId;
    @Enumerated(EnumType.STRING)
    private TicketStatus status;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "TICKET_LINE", joinColumns = @JoinColumn(name = "ORDER_ID"))
    @OrderColumn(name = "LINE_NO")
    private List<TicketLine> lines = new ArrayList<>();
    private String area;
    private String street;
    private Double lat;
    private Double lng;
    /**
     * Whether the lines' portions are reserved for this ticket. A reservation ends exactly once:
     * released when the ticket closes before cooking (reject, cancel, timeout), or consumed when
     * cooking starts. Either way the flag goes false in the same transaction as the stock change.
     */
    private boolean stockReserved;
    private String reason;
    private int changeNumber;
    private Instant receivedAt;
    private Instant updatedAt;
    /** F12: when the customer confirmed receipt, until when the owner may write their own thanks, and when sent. */
    private Instant completedAt;
    private Instant thanksDueAt;
    private Instant thankedAt;
    @Version
    private long version;

    protected Ticket() {
    }

    private Ticket(String orderId, long storeId, String customerId, List<TicketLine> lines, String area,
                   String street, Double lat, Double lng, Instant at) {
        this.orderId = orderId;
        this.storeId = storeId;
        this.customerId = customerId;
        this.lines = new ArrayList<>(lines);
        this.area = area;
        this.street = street;
        this.lat = lat;
        this.lng = lng;
        this.receivedAt = at;
        this.updatedAt = at;
        this.status = TicketStatus.RECEIVED;
    }

    /** A new order for the store, with its stock already reserved. */
    public static Ticket received(String orderId, long storeId, String customerId, List<TicketLine> lines,
                                  String area, String street, Double lat, Double lng, Instant at) {
        Ticket ticket = new Ticket(orderId, storeId, customerId, lines, area, street, lat, lng, at);
        ticket.stockReserved = true;
        return ticket;
    }

    /** A new order the kitchen cannot cook: short stock rejects it at once, nothing reserved. */
    public static Ticket rejectedOnArrival(String orderId, long storeId, String customerId, List<TicketLine> lines,
                                           String area, String street, Double lat, Double lng, String reason, Instant at) {
        Ticket ticket = new Ticket(orderId, storeId, customerId, lines, area, street, lat, lng, at);
        ticket.status = TicketStatus.REJECTED;
        ticket.reason = reason;
        return ticket;
    }

    /**
     * The customer cancelled before the order itself reached the kitchen (events can overtake each
     * other): remember it, so the late order creates nothing.
     */
    public static Ticket cancelledBeforeArrival(String orderId, Instant at) {
        Ticket ticket = new Ticket(orderId, 0, null, List.of(), null, null, null, null, at);
        ticket.status = TicketStatus.CANCELLED;
        ticket.reason = "cancelled before the order reached the kitchen";
        return ticket;
    }

    public void accept(Instant at) {
        require(status == TicketStatus.RECEIVED, "accept");
        moveTo(TicketStatus.ACCEPTED, at);
    }

    /** Rejecting releases the stock: the caller returns it when this answers true. */
    public boolean reject(String why, Instant at) {
        require(status.beforeCooking(), "reject");
        this.reason = why;
        moveTo(TicketStatus.REJECTED, at);
        return endReservation();
    }

    /**
     * Cooking starts, and the reservation becomes consumption: the portions leave the shelf now,
     * because from now on the order can be neither cancelled nor changed (contract F6, F13) and the
     * ingredients are used whatever happens to the delivery. The caller takes the portions off
     * what is on hand when this answers true.
     */
    public boolean startCooking(Instant at) {
        require(status == TicketStatus.ACCEPTED, "start cooking");
        moveTo(TicketStatus.COOKING, at);
        return endReservation();
    }

    public void finishCooking(Instant at) {
        require(status == TicketStatus.COOKING, "finish cooking");
        moveTo(TicketStatus.READY, at);
    }

    /**
     * Can this order still be cancelled? Only before cooking starts (contract F6): then the ticket
     * is cancelled now, and its reservation is to be released if it still holds one. A ticket
     * cancelled already answers the same again; any other is refused with the reason the customer
     * sees (COOKING_STARTED, or ORDER_CLOSED for a ticket the store rejected).
     */
    public CancellationDecision decideCancellation(Instant at) {
        if (status == TicketStatus.CANCELLED) {
            return new CancellationDecision.AlreadyCancelled();
        }
        if (!status.beforeCooking()) {
            return new CancellationDecision.Refused(tooLateReason());
        }
        this.reason = "cancelled by the customer";
        moveTo(TicketStatus.CANCELLED, at);
        return new CancellationDecision.Cancelled(endReservation());
    }

    /**
     * The order ended without the kitchen deciding it (its charge was voided): the ticket closes
     * whatever its state, so nobody cooks or hands over an unpaid order. The caller returns the
     * stock when this answers true (only before cooking: afterwards it is consumed).
     */
    public boolean withdraw(String why, Instant at) {
        if (status.isClosed()) {
            return false;
        }
        this.reason = why;
        moveTo(TicketStatus.CANCELLED, at);
        return endReservation();
    }

    /**
     * Can this order still be changed to {@code newLines}? Only before cooking starts (contract
     * F13), and only if the shelf has what the new lines need beyond what the ticket holds: then
     * the ticket takes the new lines and {@code stock} has moved the reservation. A change older
     * than the one applied is outdated (events may arrive out of order) and not answered.
     */
    public ChangeDecision decideChange(int number, List<TicketLine> newLines, ReservationChange stock, Instant at) {
        if (number <= changeNumber) {
            return new ChangeDecision.Outdated();
        }
        if (!status.beforeCooking()) {
            return new ChangeDecision.Refused(tooLateReason());
        }
        if (!stock.replace(getLines(), newLines)) {
            return new ChangeDecision.Refused(RejectionReasons.OUT_OF_STOCK);
        }
        this.lines = new ArrayList<>(newLines);
        this.changeNumber = number;
        this.updatedAt = at;
        return new ChangeDecision.Changed();
    }

    /** Why a request after cooking started, or for a ticket closed otherwise, is refused. */
    private String tooLateReason() {
        return status.isClosed() ? RejectionReasons.ORDER_CLOSED : RejectionReasons.COOKING_STARTED;
    }

    /** The order completed: the owner has until {@code thanksDue} to thank in their own words. */
    public void orderCompleted(Instant at, Instant thanksDue) {
        if (completedAt == null) {
            completedAt = at;
            thanksDueAt = thanksDue;
            updatedAt = at;
        }
    }

    /** Thanks go out once per order, and only after it completed. */
    public void thank(Instant at) {
        if (completedAt == null) {
            throw new IllegalTicketTransition("order " + orderId + " is not completed yet; thank the customer afterwards");
        }
        if (thankedAt != null) {
            throw new IllegalTicketTransition("the customer of order " + orderId + " was already thanked");
        }
        thankedAt = at;
        updatedAt = at;
    }

    public boolean isThanksDue(Instant now) {
        return thankedAt == null && thanksDueAt != null && !thanksDueAt.isAfter(now);
    }

    public boolean isStaleSince(Instant cutoff) {
        return status == TicketStatus.RECEIVED && receivedAt.isBefore(cutoff);
    }

    /** True the first time only: the one caller that gets true moves the stock. */
    private boolean endReservation() {
        boolean held = stockReserved;
        stockReserved = false;
        return held;
    }

    private void moveTo(TicketStatus next, Instant at) {
        this.status = next;
        this.updatedAt = at;
    }

    private void require(boolean allowed, String what) {
        if (!allowed) {
            throw new IllegalTicketTransition("cannot " + what + " ticket " + orderId + ": it is " + status);
        }
    }

    public String getOrderId() {
        return orderId;
    }

    public long getStoreId() {
        return storeId;
    }

    public String getCustomerId() {
        return customerId;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public List<TicketLine> getLines() {
        return List.copyOf(lines);
    }

    public String getArea() {
        return area;
    }

    public String getStreet() {
        return street;
    }

    public Double getLat() {
        return lat;
    }

    public Double getLng() {
        return lng;
    }

    public boolean isStockReserved() {
        return stockReserved;
    }

    public String getReason() {
        return reason;
    }

    public int getChangeNumber() {
        return changeNumber;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getThankedAt() {
        return thankedAt;
    }
}
