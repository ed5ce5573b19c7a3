package org.fooddelivery.events.order;

import java.util.Arrays;
import java.util.List;

/**
 * The order lifecycle of contract §3: PLACED → ACCEPTED → COOKING → READY → PICKED_UP → COMPLETED,
 * or the exits REJECTED and CANCELLED. Order-war's command side owns it and announces each change
 * ({@link OrderStatusChanged#status()}, the constant's name on the wire); its tracking view and
 * every other consumer read the same type. Facts only ever move an order forward, so events that
 * overtake each other cannot move it back: {@link #rank()} says what "forward" is.
 */
public enum OrderStatus {
    PLACED(0), ACCEPTED(1), COOKING(2), READY(3), PICKED_UP(4), REJECTED(5), CANCELLED(5), COMPLETED(6);

    /**
     * Position in the lifecycle: the steps in their order, then the exits, which end any step
     * before completion, then COMPLETED, which nothing can leave.
     */
    private final int rank;

    OrderStatus(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    /** REJECTED or CANCELLED: the order ended early, and payment refunds it. */
    public boolean isExit() {
        return this == REJECTED || this == CANCELLED;
    }

    /** No fact or command changes the order any more. */
    public boolean isTerminal() {
        return this == COMPLETED || isExit();
    }

    /** {@code other} comes after this one: a fact reporting it moves the order forward. */
    public boolean isBefore(OrderStatus other) {
        return rank < other.rank;
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
        if (from == null || to.isExit()) {
            return List.of(to);
        }
        return Arrays.stream(values()).filter(s -> !s.isExit() && s.rank > from.rank && s.rank <= to.rank).toList();
    }

    /**
     * The passing statuses clients see instead of the lifecycle status while the kitchen decides
     * the customer's cancel or change (contract §3); never an order's own status, never announced.
     */
    public enum Passing {
        CANCEL_REQUESTED, CHANGE_REQUESTED
    }
}
