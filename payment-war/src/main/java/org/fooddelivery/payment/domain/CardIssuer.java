package org.fooddelivery.payment.domain;

/**
 * The card network stand-in: SPEC §5's test card 4000000000000002 is always declined, every
 * other 16-digit number is approved.
 */
public final class CardIssuer {

    public static final String ALWAYS_DECLINED = "4000000000000002";

    private CardIssuer() {
    }

    public static boolean approves(String cardNumber) {
        return cardNumber != null && cardNumber.matches("\\d{16}") && !ALWAYS_DECLINED.equals(cardNumber);
    }
}
