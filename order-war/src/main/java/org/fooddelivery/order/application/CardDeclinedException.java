package org.fooddelivery.order.application;

import org.fooddelivery.platform.application.RefusedException;

/**
 * The customer's card was declined: nothing was stored or charged, the customer may try another
 * card. Order-war's own refusal (402, {@code api.CardDeclinedMapper}), carrying payment's detail.
 */
public class CardDeclinedException extends RefusedException {

    public CardDeclinedException(String detail) {
        super(detail);
    }
}
