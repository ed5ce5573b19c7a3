package org.fooddelivery.order.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.fooddelivery.order.application.OrderPlacement;
import org.fooddelivery.order.application.OrderQueries;
import org.fooddelivery.order.domain.Order;

@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {

    @Inject
    OrderPlacement placement;

    @Inject
    OrderQueries queries;

    @Inject
    JsonWebToken caller;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("customer")
    @Operation(summary = "Place and pay for an order (F1, F2)")
    @APIResponse(responseCode = "201", description = "Paid and PLACED; Location names the new order")
    @APIResponse(responseCode = "400", description = "Invalid request; nothing was stored or charged")
    @APIResponse(responseCode = "402", description = "The card was declined")
    @APIResponse(responseCode = "503", description = "Payment or the catalog is unavailable; see Retry-After")
    public Response place(@NotNull @Valid PlaceOrderRequest body) {
        Order order = placement.place(body.toCommand(caller.getSubject()));
        return Response.created(uriInfo.getBaseUriBuilder().path(order.getId()).build())
                .entity(OrderView.of(order)).build();
    }

    @GET
    @Path("{orderId}")
    @RolesAllowed("customer")
    @Operation(summary = "One of the caller's orders")
    public OrderView order(@PathParam("orderId") String orderId) {
        return OrderView.of(queries.orderOf(caller.getSubject(), orderId));
    }
}
