package org.fooddelivery.platform.application;

/**
 * The caller's role may do this, but not to this order, store or notification: it belongs to
 * someone else (ownership is checked in code, roles by {@code @RolesAllowed}): 403.
 */
public class NotYoursException extends RefusedException {

    public NotYoursException(String detail) {
        super(detail);
    }
}
