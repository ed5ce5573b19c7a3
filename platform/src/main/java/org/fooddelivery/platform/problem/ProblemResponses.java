package org.fooddelivery.platform.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Builds problem+json responses; shared by every exception mapper. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(ProblemException problem, UriInfo uriInfo) {
        Response.ResponseBuilder builder = Response.status(problem.status())
                .type(Problem.MEDIA)
                .entity(problem.toProblem(instance(uriInfo)));
        if (problem.retryAfterSeconds() != null) {
            builder.header("Retry-After", problem.retryAfterSeconds());
        }
        return builder.build();
    }

    static String instance(UriInfo uriInfo) {
        try {
            return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
        } catch (IllegalStateException outsideOfRequest) {
            return null;
        }
    }
}
