package org.fooddelivery.platform.problem;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A database statement that failed: a lost race is retryable (see {@link ConcurrencyFailures}). */
@Provider
public class PersistenceFailureMapper implements ExceptionMapper<PersistenceException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(PersistenceException exception) {
        return ConcurrencyFailures.respond(exception, uriInfo);
    }
}
