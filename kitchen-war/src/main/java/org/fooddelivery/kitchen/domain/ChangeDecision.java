package org.fooddelivery.kitchen.domain;

/** The kitchen's answer to a customer's change request ({@link Ticket#decideChange}). */
public sealed interface ChangeDecision {

    /** The ticket now has the new lines, and their stock is reserved instead of the old lines'. */
    record Changed() implements ChangeDecision {
    }

    /** Refused, with contract §4's reason (cooking started, order closed, out of stock); nothing changed. */
    record Refused(String reason) implements ChangeDecision {
    }

    /** An older change than the one already applied, arriving late: not answered at all. */
    record Outdated() implements ChangeDecision {
    }
}
