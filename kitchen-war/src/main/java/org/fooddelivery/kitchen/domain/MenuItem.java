package org.fooddelivery.kitchen.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A dish of a store, its current price and how many portions the kitchen can still make.
 * Versioned: an owner's stock update and a reservation for an order never overwrite each other.
 */
@Entity
@Table(name = "MENU_ITEM")
@NamedQuery(name = "MenuItem.ofStore", query = "SELECT m FROM MenuItem m WHERE m.storeId = :storeId ORDER BY m.id")
public class MenuItem {

    @Id
    private Long id;
    private long storeId;
    private String name;
    private long price;
    private int stock;
    @Version
    private long version;

    protected MenuItem() {
    }

    public MenuItem(long id, long storeId, String name, long price, int stock) {
        this.id = id;
        this.storeId = storeId;
        this.name = name;
        this.price = price;
        this.stock = stock;
    }

    public void setStock(int stock) {
        if (stock < 0) {
            throw new IllegalArgumentException("stock cannot be negative");
        }
        this.stock = stock;
    }

    /** Takes portions for an order (positive) or gives them back (negative); false if too few are left. */
    boolean take(int portions) {
        if (portions > stock) {
            return false;
        }
        stock -= portions;
        return true;
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

    public int getStock() {
        return stock;
    }
}
