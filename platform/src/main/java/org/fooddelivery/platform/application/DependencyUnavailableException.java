package org.fooddelivery.platform.application;

/**
 * A service this use case needs did not answer in time, or its circuit is open: 503 with a
 * Retry-After, because the same request may well succeed a little later.
 */
public class DependencyUnavailableException extends RefusedException {

    private final int retryAfterSeconds;

    public DependencyUnavailableException(String detail, int retryAfterSeconds) {
        super(detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
