package org.fooddelivery.delivery.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.fooddelivery.delivery.application.FindDeliveries;
import org.fooddelivery.delivery.application.PickUpDelivery;
import org.fooddelivery.delivery.domain.RiderSearch;

import java.util.List;

@Path("deliveries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryResource {

    @Inject
    FindDeliveries find;

    @Inject
    PickUpDelivery pickUp;

    @Inject
    JsonWebToken caller;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed("rider")
    @Operation(summary = "Deliveries ready for pickup in an area the calling rider serves (F7); with lat and lng only those within radiusKm",
            description = "403 for an area the rider does not serve.")
    public List<DeliveryView> near(@QueryParam("area") @NotBlank String area,
                                   @QueryParam("lat") @DecimalMin("-90") @DecimalMax("90") Double lat,
                                   @QueryParam("lng") @DecimalMin("-180") @DecimalMax("180") Double lng,
                                   @QueryParam("radiusKm") @DefaultValue("3") @DecimalMin("0") @DecimalMax("100") double radiusKm) {
        RiderSearch search = new RiderSearch(area, lat, lng, radiusKm);
        return find.near(caller.getSubject(), search).stream()
                .map(d -> DeliveryView.of(d, search.distanceKm(d)))
                .toList();
    }

    @GET
    @Path("{orderId}")
    @RolesAllowed({"rider", "customer"})
    @Operation(summary = "One delivery: for riders of its area or the rider who has it, or for the order's customer")
    public DeliveryView one(@PathParam("orderId") String orderId) {
        return DeliveryView.of(find.one(caller.getSubject(), security.isUserInRole("rider"), orderId), null);
    }

    @POST
    @Path("{orderId}/pickup")
    @RolesAllowed("rider")
    @Operation(summary = "The calling rider takes the delivery (F8); everyone after the first gets 409",
            description = "Only riders of the delivery's area: 403 for the others.")
    public DeliveryView pickUp(@PathParam("orderId") String orderId) {
        return DeliveryView.of(pickUp.pickUp(caller.getSubject(), orderId), null);
    }
}
