package org.fooddelivery.platform.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not JSON, or JSON of the wrong shape (a string where a number belongs). */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(JsonbException exception) {
        return ProblemResponses.of(new ProblemException(400, "invalid-request", "Invalid request",
                "malformed JSON body: " + WebApplicationExceptionMapper.firstLine(exception.getMessage()), null, null),
                uriInfo);
    }
}
