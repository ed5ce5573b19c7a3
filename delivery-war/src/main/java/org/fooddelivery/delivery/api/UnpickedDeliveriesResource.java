package org.fooddelivery.delivery.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.fooddelivery.delivery.application.FindDeliveries;

import java.util.List;

/** The operators' list of cooked orders no rider picked up in time (saga timeouts). */
@Path("admin/unpicked-deliveries")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class UnpickedDeliveriesResource {

    @Inject
    FindDeliveries find;

    @GET
    @Operation(summary = "Deliveries still waiting for a rider past delivery.pickup.escalate-after, oldest first")
    public List<DeliveryView> list() {
        return find.unpicked().stream().map(d -> DeliveryView.of(d, null)).toList();
    }
}
