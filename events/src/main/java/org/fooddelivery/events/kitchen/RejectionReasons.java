package org.fooddelivery.events.kitchen;

/** Reasons the platform itself gives; an owner's own reason is free text. */
public final class RejectionReasons {

    public static final String OUT_OF_STOCK = "OUT_OF_STOCK";
    public static final String STORE_TIMEOUT = "STORE_TIMEOUT";
    public static final String COOKING_STARTED = "COOKING_STARTED";
    public static final String CANCELLED_BY_CUSTOMER = "CANCELLED_BY_CUSTOMER";
    public static final String NO_TICKET = "NO_TICKET";
    public static final String ORDER_CLOSED = "ORDER_CLOSED";
    /** The order's charge was refunded (as an orphan) before payment saw the order: it cannot go on unpaid. */
    public static final String PAYMENT_VOIDED = "PAYMENT_VOIDED";

    private RejectionReasons() {
    }
}
