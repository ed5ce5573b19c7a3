package org.fooddelivery.platform.application;

/**
 * A use case refusing a request for a reason the caller can act on. Application services and
 * entities throw the subclasses, which name the situation and nothing of HTTP; the platform's
 * {@code RefusedExceptionMapper} (package {@code platform.problem}) alone turns them into problem
 * responses with the status codes of docs/contract.md. Nothing has changed when one is thrown: the
 * transaction it ends rolls back.
 */
public abstract class RefusedException extends RuntimeException {

    protected RefusedException(String detail) {
        super(detail);
    }
}
