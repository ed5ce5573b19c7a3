package org.fooddelivery.platform.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything nobody anticipated: logged in full under an incident id that the client also sees, so
 * a support request can be matched to the log line without leaking internals to the client.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Exception exception) {
        return respond(exception, uriInfo);
    }

    static Response respond(Exception exception, UriInfo uriInfo) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unhandled error, incident " + incident, exception);
        return ProblemResponses.of(new ProblemException(500, "internal-error", "Internal server error",
                "the server failed to handle this request; incident " + incident, null, null), uriInfo);
    }
}
