package org.fooddelivery.platform.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own errors (no such resource, wrong method, wrong media type, unreadable body, role
 * check failed) in the same problem+json shape as everything else, with a detail a client
 * developer can act on instead of the runtime's internal message.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uriInfo;

    @Context
    Request request;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        String path = ProblemResponses.instance(uriInfo);
        ProblemException problem = switch (status) {
            case 400 -> new ProblemException(400, "invalid-request", "Invalid request", badRequestDetail(exception), null, null);
            case 401 -> new ProblemException(401, "unauthorized", "Unauthorized",
                    "a valid bearer token is required", null, null);
            case 403 -> ProblemException.forbidden("your role does not allow " + describeRequest(path));
            case 404 -> exception instanceof NotFoundException && exception.getCause() == null
                    ? ProblemException.notFound("no resource at " + path)
                    : ProblemException.notFound(exception.getMessage());
            case 405 -> new ProblemException(405, "method-not-allowed", "Method not allowed",
                    describeRequest(path) + " is not supported; allowed: " + allowed(exception), null, null);
            case 406 -> new ProblemException(406, "not-acceptable", "Not acceptable",
                    "this resource answers application/json", null, null);
            case 415 -> new ProblemException(415, "unsupported-media-type", "Unsupported media type",
                    "send the body as application/json", null, null);
            default -> new ProblemException(status, "http-" + status,
                    original.getStatusInfo().getReasonPhrase(), exception.getMessage(), null, null);
        };
        Response.ResponseBuilder builder = Response.fromResponse(ProblemResponses.of(problem, uriInfo));
        if (exception instanceof NotAllowedException) {
            builder.allow(original.getAllowedMethods());
        }
        return builder.build();
    }

    private String describeRequest(String path) {
        return (request == null ? "" : request.getMethod() + " ") + path;
    }

    private static String allowed(WebApplicationException exception) {
        return String.join(", ", exception.getResponse().getAllowedMethods());
    }

    /** A 400 from the runtime means the body could not be read; say where if the parser told us. */
    private static String badRequestDetail(WebApplicationException exception) {
        for (Throwable t = exception.getCause(); t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t.getClass().getName().startsWith("jakarta.json")) {
                return "malformed JSON body: " + firstLine(t.getMessage());
            }
        }
        return exception.getCause() != null ? "malformed request: " + firstLine(exception.getCause().getMessage())
                : firstLine(exception.getMessage());
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unreadable request";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
