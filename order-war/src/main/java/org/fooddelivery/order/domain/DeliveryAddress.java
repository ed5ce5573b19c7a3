package org.fooddelivery.order.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where the food goes. The area decides which riders see the delivery; coordinates refine it. */
@Embeddable
public class DeliveryAddress {

    @Column(name = "ADDRESS_AREA")
    private String area;
    @Column(name = "ADDRESS_STREET")
    private String street;
    @Column(name = "ADDRESS_LAT")
    private Double lat;
    @Column(name = "ADDRESS_LNG")
    private Double lng;

    protected DeliveryAddress() {
    }

    public DeliveryAddress(String area, String street, Double lat, Double lng) {
        this.area = area;
        this.street = street;
        this.lat = lat;
        this.lng = lng;
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
}
