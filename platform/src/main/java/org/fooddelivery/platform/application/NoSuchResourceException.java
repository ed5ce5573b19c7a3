package org.fooddelivery.platform.application;

/** What the request names does not exist (or the caller may not know it does): 404. */
public class NoSuchResourceException extends RefusedException {

    public NoSuchResourceException(String detail) {
        super(detail);
    }
}
