package org.fooddelivery.platform.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.fooddelivery.platform.application.DependencyUnavailableException;
import org.fooddelivery.platform.application.InvalidRequestException;
import org.fooddelivery.platform.application.NoSuchResourceException;
import org.fooddelivery.platform.application.NotYoursException;
import org.fooddelivery.platform.application.RefusedException;
import org.fooddelivery.platform.application.StateConflictException;

/**
 * The one place where a use case's refusal becomes HTTP: each kind of {@link RefusedException}
 * gets its status and problem type, so application code names situations, never status codes.
 * A service's own refusal (payment declined, 402) subclasses one of these or has its mapper in
 * its {@code api} package.
 */
@Provider
public class RefusedExceptionMapper implements ExceptionMapper<RefusedException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(RefusedException refused) {
        return ProblemResponses.of(problem(refused), uriInfo);
    }

    static ProblemException problem(RefusedException refused) {
        String detail = refused.getMessage();
        if (refused instanceof InvalidRequestException invalid) {
            return ProblemException.invalid(invalid.field(), detail);
        }
        if (refused instanceof NoSuchResourceException) {
            return ProblemException.notFound(detail);
        }
        if (refused instanceof NotYoursException) {
            return ProblemException.forbidden(detail);
        }
        if (refused instanceof StateConflictException) {
            return ProblemException.conflict(detail);
        }
        if (refused instanceof DependencyUnavailableException unavailable) {
            return ProblemException.unavailable(detail, unavailable.retryAfterSeconds());
        }
        throw new IllegalStateException("no problem type for " + refused.getClass().getName()
                + "; give it a mapper in its service's api package", refused);
    }
}
