package org.fooddelivery.kitchen.domain;

import jakarta.persistence.Embeddable;

/** A dish and how many portions the kitchen cooks (and holds stock for). */
@Embeddable
public class TicketLine {

    private long menuId;
    private String name;
    private int quantity;

    protected TicketLine() {
    }

    public TicketLine(long menuId, String name, int quantity) {
        this.menuId = menuId;
        this.name = name;
        this.quantity = quantity;
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
}
