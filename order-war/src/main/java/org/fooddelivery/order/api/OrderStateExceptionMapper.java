package org.fooddelivery.order.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.fooddelivery.platform.problem.ProblemException;
import org.fooddelivery.platform.problem.ProblemResponses;
import org.fooddelivery.order.domain.OrderStateException;

/** A command the order's state forbids: 409, and the order is unchanged. */
@Provider
public class OrderStateExceptionMapper implements ExceptionMapper<OrderStateException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(OrderStateException exception) {
        return ProblemResponses.of(ProblemException.conflict(exception.getMessage()), uriInfo);
    }
}
