package org.fooddelivery.platform.problem;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;

/**
 * A request without a (valid) bearer token to a resource that needs a role is answered here with
 * a problem+json 401, before the role check would make the container send an empty 401.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenRequiredFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resourceInfo;

    @Context
    UriInfo uriInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!needsRole() || request.getSecurityContext().getUserPrincipal() != null) {
            return;
        }
        ProblemException problem = new ProblemException(401, "unauthorized", "Unauthorized",
                request.getHeaderString(HttpHeaders.AUTHORIZATION) == null
                        ? "a bearer token is required: get one from /oidc/endpoint/food/token"
                        : "the bearer token is invalid or expired: get a new one from /oidc/endpoint/food/token",
                null, null);
        request.abortWith(Response.fromResponse(ProblemResponses.of(problem, uriInfo))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"food\"").build());
    }

    private boolean needsRole() {
        Method method = resourceInfo.getResourceMethod();
        if (method == null || method.isAnnotationPresent(PermitAll.class)) {
            return false;
        }
        return method.isAnnotationPresent(RolesAllowed.class)
                || resourceInfo.getResourceClass().isAnnotationPresent(RolesAllowed.class);
    }
}
