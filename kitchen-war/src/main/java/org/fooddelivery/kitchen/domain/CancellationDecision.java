package org.fooddelivery.kitchen.domain;

/**
 * The kitchen's answer to a customer's cancellation request ({@link Ticket#decideCancellation}):
 * the application service announces it and, when the ticket still held stock, gives it back.
 */
public sealed interface CancellationDecision {

    /** Cancelled now; {@code releaseStock} when the ticket's reservation must go back to the shelf. */
    record Cancelled(boolean releaseStock) implements CancellationDecision {
    }

    /** Cancelled before (a repeated request, or the ticket was withdrawn): answered again, nothing moves. */
    record AlreadyCancelled() implements CancellationDecision {
    }

    /** Too late: cooking started or the order is closed otherwise; {@code reason} is contract §4's. */
    record Refused(String reason) implements CancellationDecision {
    }
}
