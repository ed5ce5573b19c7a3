package org.fooddelivery.kitchen.domain;

/** RECEIVED → ACCEPTED → COOKING → READY, or REJECTED / CANCELLED before cooking (contract §3). */
public enum TicketStatus {
    RECEIVED, ACCEPTED, COOKING, READY, REJECTED, CANCELLED;

    /** Before cooking starts the customer may still cancel or change the order. */
    public boolean beforeCooking() {
        return this == RECEIVED || this == ACCEPTED;
    }

    public boolean isClosed() {
        return this == REJECTED || this == CANCELLED;
    }
}
