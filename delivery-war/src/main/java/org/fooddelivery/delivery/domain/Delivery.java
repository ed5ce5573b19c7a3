package org.fooddelivery.delivery.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

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

    /** Only the first rider gets it. @return false if someone already picked it up */
    public boolean pickUp(String rider, Instant at) {
        if (status != DeliveryStatus.READY_FOR_PICKUP) {
            return false;
        }
        riderId = rider;
        pickedUpAt = at;
        status = DeliveryStatus.PICKED_UP;
        return true;
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

    public String getCustomerId() {
        return customerId;
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
}
