package org.fooddelivery.kitchen.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A store on the platform and the owner who runs its kitchen. */
@Entity
@Table(name = "STORE")
@NamedQuery(name = "Store.all", query = "SELECT s FROM Store s ORDER BY s.id")
public class Store {

    @Id
    private Long id;
    private String name;
    private String area;
    private String ownerId;
    private double lat;
    private double lng;
    /** The store's own words to thank customers (F12); a default is used until the owner sets one. */
    @Column(length = 500)
    private String thankYouMessage;

    protected Store() {
    }

    public Store(long id, String name, String area, String ownerId, double lat, double lng) {
        this.id = id;
        this.name = name;
        this.area = area;
        this.ownerId = ownerId;
        this.lat = lat;
        this.lng = lng;
    }

    /** The owner's own words, or {@code defaultMessage} (its {@code {store}} this store's name) until they set theirs. */
    public String thankYouMessage(String defaultMessage) {
        return thankYouMessage != null ? thankYouMessage : defaultMessage.replace("{store}", name);
    }

    public void setThankYouMessage(String message) {
        this.thankYouMessage = message;
    }

    public boolean isOwnedBy(String userId) {
        return ownerId.equals(userId);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getArea() {
        return area;
    }

    public String getOwnerId() {
        return ownerId;
    }

    public double getLat() {
        return lat;
    }

    public double getLng() {
        return lng;
    }
}
