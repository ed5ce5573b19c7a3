package org.fooddelivery.platform.problem;

import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A transaction that could not commit: a lost race is retryable (see {@link ConcurrencyFailures}). */
@Provider
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(TransactionalException exception) {
        return ConcurrencyFailures.respond(exception, uriInfo);
    }
}
