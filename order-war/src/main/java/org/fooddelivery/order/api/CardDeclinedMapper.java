package org.fooddelivery.order.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.fooddelivery.order.application.CardDeclinedException;
import org.fooddelivery.platform.problem.ProblemException;
import org.fooddelivery.platform.problem.ProblemResponses;

/** A declined card: 402 payment-declined, more specific than the platform's RefusedExceptionMapper. */
@Provider
public class CardDeclinedMapper implements ExceptionMapper<CardDeclinedException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(CardDeclinedException declined) {
        return ProblemResponses.of(ProblemException.paymentDeclined(declined.getMessage()), uriInfo);
    }
}
