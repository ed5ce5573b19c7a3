package org.fooddelivery.order.client;

import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.fooddelivery.platform.application.DependencyUnavailableException;

/** Turns a failed call to another service into the 503 + Retry-After the client gets. */
public final class DependencyFailures {

    private DependencyFailures() {
    }

    public static DependencyUnavailableException unavailable(String service, RuntimeException failure, int retryAfterSeconds) {
        String why;
        if (failure instanceof CircuitBreakerOpenException) {
            why = "recent calls failed, so calls are held off for a while (circuit open)";
        } else if (failure instanceof TimeoutException) {
            why = "it did not answer in time";
        } else if (failure instanceof BulkheadException) {
            why = "too many requests are already waiting for it";
        } else {
            why = "the call failed (" + failure.getClass().getSimpleName() + ")";
        }
        return new DependencyUnavailableException(service + " is unavailable: " + why + "; the order was not placed, try again later",
                retryAfterSeconds);
    }
}
