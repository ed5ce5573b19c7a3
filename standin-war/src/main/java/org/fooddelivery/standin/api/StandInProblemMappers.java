package org.fooddelivery.standin.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.stream.Collectors;

/** Every refusal of a stand-in's drill endpoints as problem+json: bad bodies, wrong roles, unknown paths. */
public final class StandInProblemMappers {

    private StandInProblemMappers() {
    }

    @Provider
    public static class Invalid implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            return StandInProblem.response(400, e.getConstraintViolations().stream()
                    .map(v -> lastNode(v) + " " + v.getMessage()).sorted().collect(Collectors.joining("; ")));
        }

        private static String lastNode(ConstraintViolation<?> v) {
            String path = v.getPropertyPath().toString();
            return path.substring(path.lastIndexOf('.') + 1);
        }
    }

    @Provider
    public static class Refused implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            if (e instanceof StandInProblem || e.getResponse().getMediaType() != null) {
                return e.getResponse();
            }
            int status = e.getResponse().getStatus();
            return StandInProblem.response(status, status >= 500 ? "stand-in error" : e.getMessage());
        }
    }
}
