package org.fooddelivery.order.domain;

import jakarta.persistence.Embeddable;

/** One dish of an order at the price the store charged when the order was priced. */
@Embeddable
public class OrderLine {

    private long menuId;
    private String name;
    private int quantity;
    private long unitPrice;

    protected OrderLine() {
    }

    public OrderLine(long menuId, String name, int quantity, long unitPrice) {
        this.menuId = menuId;
        this.name = name;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
    }

    public long amount() {
        return Math.multiplyExact(unitPrice, quantity);
    }

    public long getMenuId() {
        return menuId;
    }

    public String getName() {
        return name;
    }

    public int getQuantity() {
        return quantity;
    }

    public long getUnitPrice() {
        return unitPrice;
    }
}
