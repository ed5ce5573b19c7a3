package org.fooddelivery.platform.problem;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A request body over the limit is refused with a problem+json 413 before anything reads it, so a
 * client cannot make a service parse (or hold in memory) megabytes of JSON. The limit is far above
 * any real request (an order of 50 lines is about 3 KiB); {@code food.http.max-request-body-bytes}
 * changes it. A body of declared length is judged by its Content-Length; a chunked one is read up
 * to the limit and refused when it goes beyond.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestBodyLimitFilter implements ContainerRequestFilter {

    static final int DEFAULT_LIMIT = 64 * 1024;

    @Context
    UriInfo uriInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        int limit = ConfigProvider.getConfig().getOptionalValue("food.http.max-request-body-bytes", Integer.class)
                .orElse(DEFAULT_LIMIT);
        if (request.getLength() > limit || (request.getLength() < 0 && request.hasEntity() && !readWithin(request, limit))) {
            request.abortWith(ProblemResponses.of(new ProblemException(413, "payload-too-large", "Request body too large",
                    "the request body is larger than " + limit + " bytes", null, null), uriInfo));
        }
    }

    /** Reads a body of unknown length up to the limit and puts it back; false when it is longer. */
    private static boolean readWithin(ContainerRequestContext request, int limit) {
        try (InputStream in = request.getEntityStream()) {
            byte[] body = in.readNBytes(limit + 1);
            if (body.length > limit) {
                return false;
            }
            request.setEntityStream(new ByteArrayInputStream(body));
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
