package org.fooddelivery.platform.problem;

import jakarta.ws.rs.core.Response.Status;

import java.util.List;

/**
 * The one exception the application layers throw to end a request with a problem response.
 * Factory methods name the situations of contract §5, so code reads as the contract does.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final Integer retryAfterSeconds;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String slug, String title, String detail,
                            Integer retryAfterSeconds, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.retryAfterSeconds = retryAfterSeconds;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "invalid-request", "Invalid request", field + ": " + message,
                null, List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, null, null);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Not found", detail, null, null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict with the current state", detail, null, null);
    }

    public static ProblemException paymentDeclined(String detail) {
        return new ProblemException(402, "payment-declined", "Payment declined", detail, null, null);
    }

    public static ProblemException unavailable(String detail, int retryAfterSeconds) {
        return new ProblemException(Status.SERVICE_UNAVAILABLE.getStatusCode(), "dependency-unavailable",
                "Service temporarily unavailable", detail, retryAfterSeconds, null);
    }

    public int status() {
        return status;
    }

    public Problem toProblem(String instance) {
        return new Problem(Problem.typeUri(slug), title, status, getMessage(), instance,
                errors.isEmpty() ? null : errors);
    }

    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
