package org.fooddelivery.standin.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/** An error of a stand-in, answered as RFC 9457 problem+json (Kakao's send endpoint keeps Kakao's own shape). */
public class StandInProblem extends WebApplicationException {

    public StandInProblem(int status, String detail) {
        super(detail, response(status, detail));
    }

    static Response response(int status, String detail) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return Response.status(status).type("application/problem+json")
                .entity(Map.of("type", "about:blank", "title", known == null ? "Error" : known.getReasonPhrase(),
                        "status", status, "detail", detail == null ? "" : detail))
                .build();
    }

}
