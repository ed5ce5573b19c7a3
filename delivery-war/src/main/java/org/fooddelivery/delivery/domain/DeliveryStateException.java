package org.fooddelivery.delivery.domain;

import org.fooddelivery.platform.application.StateConflictException;

/** A delivery's state forbids what a rider asked (taken by someone else, or its order ended): 409. */
public class DeliveryStateException extends StateConflictException {

    public DeliveryStateException(String detail) {
        super(detail);
    }
}
