package org.fooddelivery.order.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.fooddelivery.platform.problem.ProblemException;
import org.fooddelivery.platform.problem.ProblemResponses;
import org.fooddelivery.order.domain.InvalidOrderException;

/** A domain rule the request broke is the client's mistake: 400 naming the field. */
@Provider
public class InvalidOrderExceptionMapper implements ExceptionMapper<InvalidOrderException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(InvalidOrderException exception) {
        return ProblemResponses.of(ProblemException.invalid(exception.field(), exception.getMessage()), uriInfo);
    }
}
