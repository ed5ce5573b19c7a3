package org.fooddelivery.order.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.fooddelivery.order.query.TrackingQueries;

/** F9: the customer follows an order, served from the read model only. */
@Path("{orderId}/tracking")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TrackingResource {

    @Inject
    TrackingQueries queries;

    @Inject
    JsonWebToken caller;

    @GET
    @RolesAllowed("customer")
    @Operation(summary = "Where the order stands: status, store, total, payment, rider and a timeline (F9)",
            description = "Served from the read model, which follows the services' events: right after placing an "
                    + "order it may answer 404 for a moment; poll.")
    public TrackingView tracking(@PathParam("orderId") String orderId) {
        return TrackingView.of(queries.trackingOf(caller.getSubject(), orderId));
    }
}
