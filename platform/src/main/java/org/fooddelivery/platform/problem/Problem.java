package org.fooddelivery.platform.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * An RFC 9457 problem detail. {@code errors} is an extension member listing each invalid field,
 * so a client can show every mistake at once; it is left out when there are none.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    // The constructor, not valueOf: no JAX-RS runtime needed to load this class (unit tests).
    public static final MediaType MEDIA = new MediaType("application", "problem+json");

    /** Problem type URIs live under one namespace so clients can switch on them. */
    public static String typeUri(String slug) {
        return "urn:fooddelivery:problem:" + slug;
    }

    public record FieldError(String field, String message) {
    }
}
