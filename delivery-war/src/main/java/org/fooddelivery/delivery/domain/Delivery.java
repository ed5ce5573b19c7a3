package org.fooddelivery.delivery.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fooddelivery.platform.application.NotYoursException;

import java.time.Instant;

/** A cooked order waiting for, or travelling with, a rider. */
@Entity
@Table(name = "DELIVERY", indexes = @Index(name = "DELIVERY_AREA_STATUS", columnList = "area,status"))
public class Delivery {

    @Id
    private String orderId;
    private String customerId;
    private long storeId;
    private String storeName;
    private double storeLat;
    private double storeLng;
    private String area;
    private String street;
    private Double lat;
    private Double lng;
    @Enumerated(EnumType.STRING)
    private DeliveryStatus status;
    private String riderId;
    private Instant readyAt;
    private Instant pickedUpAt;
    private Instant deliveredAt;
    /** Why the order ended, for a WITHDRAWN delivery. */
    private String withdrawnReason;
    /** When it went to the operators' list: no rider picked it up in time. */
    private Instant escalatedAt;
    @Version
    private long version;

    protected Delivery() {
    }

    public Delivery(String orderId, String customerId, long storeId, String storeName, double storeLat, double storeLng,
                    String area, String street, Double lat, Double lng, Instant readyAt) {
        this.orderId = orderId;
        this.customerId = customerId;
        this.storeId = storeId;
        this.storeName = storeName;
        this.storeLat = storeLat;
        this.storeLng = storeLng;
        this.area = area;
        this.street = street;
        this.lat = lat;
        this.lng = lng;
        this.readyAt = readyAt;
        this.status = DeliveryStatus.READY_FOR_PICKUP;
    }

    /**
     * The order ended before the delivery did (e.g. REJECTED with PAYMENT_VOIDED, which can come
     * after cooking finished, or arrive here before CookingFinished does): a placeholder that makes
     * the late CookingFinished offer nothing.
     */
    public static Delivery withdrawnBeforeReady(String orderId, String reason, Instant at) {
        Delivery placeholder = new Delivery();
        placeholder.orderId = orderId;
        placeholder.status = DeliveryStatus.WITHDRAWN;
        placeholder.withdrawnReason = reason;
        placeholder.readyAt = at;
        return placeholder;
    }

    /** False for a withdrawn placeholder: the order ended before it was ever offered. */
    public boolean wasOffered() {
        return customerId != null;
    }

    /** Takes it off the riders' board, also from the rider who has it. @return true if it was withdrawn now */
    public boolean withdraw(String reason) {
        if (status != DeliveryStatus.READY_FOR_PICKUP && status != DeliveryStatus.PICKED_UP) {
            return false;
        }
        status = DeliveryStatus.WITHDRAWN;
        withdrawnReason = reason;
        return true;
    }

    /** Offered to riders at or before {@code cutoff}, still not picked up, not yet with the operators. */
    public boolean isWaitingForRiderSince(Instant cutoff) {
        return status == DeliveryStatus.READY_FOR_PICKUP && escalatedAt == null && !readyAt.isAfter(cutoff);
    }

    /** No rider took it in time: it goes to the operators' list. @return true if it was escalated now */
    public boolean escalate(Instant cutoff, Instant at) {
        if (!isWaitingForRiderSince(cutoff)) {
            return false;
        }
        escalatedAt = at;
        return true;
    }

    /**
     * F8, the pickup race: only the first rider of the delivery's area gets it; everyone after
     * that is refused (409), as is anyone once the order ended. Checked in this order, so a rider
     * of another area learns that an ended order ended, but nothing of who has a live one.
     */
    public void pickUp(String rider, RiderAreas areas, Instant at) {
        if (status == DeliveryStatus.WITHDRAWN) {
            throw new DeliveryStateException("order " + orderId + " ended (" + withdrawnReason
                    + "): there is nothing to deliver");
        }
        areas.requireServes(rider, area, "the delivery of order " + orderId);
        if (status != DeliveryStatus.READY_FOR_PICKUP) {
            throw new DeliveryStateException("order " + orderId + " was already picked up"
                    + (rider.equals(riderId) ? " by you" : " by another rider"));
        }
        riderId = rider;
        pickedUpAt = at;
        status = DeliveryStatus.PICKED_UP;
    }

    /**
     * F7, who may read it (with the customer's street and position): its customer; the rider who
     * has it; any rider of its area. Refused (403) for everyone else.
     */
    public void requireReadableBy(String caller, boolean isRider, RiderAreas areas) {
        if (!isRider && !belongsTo(caller)) {
            throw new NotYoursException("order " + orderId + " is not yours");
        }
        if (isRider && !caller.equals(riderId)) {
            areas.requireServes(caller, area, "the delivery of order " + orderId);
        }
    }

    /** On the board of {@code area}: offered there and still waiting for a rider. */
    public boolean isWaitingIn(String area) {
        return status == DeliveryStatus.READY_FOR_PICKUP && area.equals(this.area);
    }

    public void delivered(Instant at) {
        if (status == DeliveryStatus.PICKED_UP) {
            status = DeliveryStatus.DELIVERED;
            deliveredAt = at;
        }
    }

    /** Within {@code radiusKm} of the customer's address; a delivery without coordinates is not. */
    public boolean isWithin(double fromLat, double fromLng, double radiusKm) {
        return lat != null && lng != null && GeoDistance.km(fromLat, fromLng, lat, lng) <= radiusKm;
    }

    public boolean belongsTo(String userId) {
        return customerId != null && customerId.equals(userId);
    }

    public String getOrderId() {
        return orderId;
    }

    public long getStoreId() {
        return storeId;
    }

    public String getStoreName() {
        return storeName;
    }

    public double getStoreLat() {
        return storeLat;
    }

    public double getStoreLng() {
        return storeLng;
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

    public DeliveryStatus getStatus() {
        return status;
    }

    public String getRiderId() {
        return riderId;
    }

    public Instant getReadyAt() {
        return readyAt;
    }

    public Instant getPickedUpAt() {
        return pickedUpAt;
    }

    public String getWithdrawnReason() {
        return withdrawnReason;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }
}
