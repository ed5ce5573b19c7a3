package org.fooddelivery.notification.domain;

import org.fooddelivery.platform.application.StateConflictException;

/** A message's state forbids what was asked (re-sending one that did not fail): 409. */
public class NotificationStateException extends StateConflictException {

    public NotificationStateException(String detail) {
        super(detail);
    }
}
