package org.fooddelivery.order.domain;

import java.util.Arrays;
import java.util.List;

/**
 * contract §3: PLACED → ACCEPTED → COOKING → READY → PICKED_UP → COMPLETED, or the exits REJECTED and
 * CANCELLED. Facts from the kitchen and delivery only ever move an order forward, so events that
 * overtake each other cannot move it back.
 */
public enum OrderStatus {
    PLACED(0), ACCEPTED(1), COOKING(2), READY(3), PICKED_UP(4), COMPLETED(5), REJECTED(-1), CANCELLED(-1);

    private final int step;

    OrderStatus(int step) {
        this.step = step;
    }

    public boolean isFinal() {
        return this == COMPLETED || this == REJECTED || this == CANCELLED;
    }

    /** The customer may still cancel or change: cooking has not started (as far as order knows). */
    public boolean beforeCooking() {
        return this == PLACED || this == ACCEPTED;
    }

    boolean isBefore(OrderStatus other) {
        return step < other.step;
    }

    /**
     * The statuses an order went through moving from {@code from} (null: not yet existing) to
     * {@code to}: every lifecycle step after {@code from} up to {@code to}, or just {@code to} for an
     * exit; empty if nothing changed.
     */
    public static List<OrderStatus> stepsBetween(OrderStatus from, OrderStatus to) {
        if (from == to) {
            return List.of();
        }
        if (from == null || to.step < 0) {
            return List.of(to);
        }
        return Arrays.stream(values()).filter(s -> s.step > from.step && s.step <= to.step).toList();
    }
}
