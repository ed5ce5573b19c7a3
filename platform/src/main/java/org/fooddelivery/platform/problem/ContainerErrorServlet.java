package org.fooddelivery.platform.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Errors the web container answers itself, before any JAX-RS resource runs — e.g. a request URI
 * with an encoded slash or backslash, which Liberty refuses (CWWWC0005I) with a 400 page that
 * names its own classes — become problem+json like every other error
 * (META-INF/web-fragment.xml routes them here). The container's own message is not repeated:
 * it is for the server log, not for clients.
 */
@WebServlet(ContainerErrorServlet.PATH)
public class ContainerErrorServlet extends HttpServlet {

    static final String PATH = "/problem/container-error";

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer given && given >= 400 ? given : HttpServletResponse.SC_NOT_FOUND;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Problem problem = problemFor(status).toProblem(uri == null ? null : uri.toString());
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE); // JSON is UTF-8 by definition: no charset parameter
        response.getOutputStream().write(JSONB.toJson(problem).getBytes(StandardCharsets.UTF_8));
    }

    private static ProblemException problemFor(int status) {
        return switch (status) {
            case 400 -> new ProblemException(400, "invalid-request", "Invalid request",
                    "the request could not be read: the URI or a header is malformed "
                            + "(an encoded '/' or '\\' in a path is refused)", null, null);
            case 404 -> ProblemException.notFound("no such resource");
            default -> status >= 500
                    ? new ProblemException(status, "internal-error", "Internal error", "the server failed to handle this request", null, null)
                    : new ProblemException(status, "http-" + status, "Request refused", "the server refused this request", null, null);
        };
    }
}
