package org.fooddelivery.order.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.fooddelivery.order.application.CancelOrder;
import org.fooddelivery.order.application.ChangeOrder;
import org.fooddelivery.order.application.ConfirmReceipt;
import org.fooddelivery.order.application.OrderPlacement;
import org.fooddelivery.order.application.OrderQueries;
import org.fooddelivery.order.domain.Order;
import org.fooddelivery.order.query.TrackingQueries;

@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {

    @Inject
    OrderPlacement placement;

    @Inject
    OrderQueries queries;

    @Inject
    CancelOrder cancelOrder;

    @Inject
    ChangeOrder changeOrder;

    @Inject
    ConfirmReceipt confirmReceipt;

    @Inject
    TrackingQueries tracking;

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

    @POST
    @Path("{orderId}/cancel")
    @RolesAllowed("customer")
    @Operation(summary = "Cancel an order whose cooking has not started (F6)",
            description = "The kitchen decides: the order shows CANCEL_REQUESTED until it becomes CANCELLED "
                    + "(payment refunded, stock released) or, if cooking started meanwhile, goes on as before.")
    @APIResponse(responseCode = "202", description = "Cancellation requested; poll the order")
    @APIResponse(responseCode = "200", description = "Already cancelled")
    @APIResponse(responseCode = "409", description = "Cooking has started, or the order is closed")
    public Response cancel(@PathParam("orderId") String orderId) {
        CancelOrder.Outcome outcome = cancelOrder.cancel(caller.getSubject(), orderId);
        return Response.status(outcome.requestSent() ? Response.Status.ACCEPTED : Response.Status.OK)
                .entity(OrderView.of(outcome.order())).build();
    }

    @PUT
    @Path("{orderId}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("customer")
    @Operation(summary = "Change the dishes of an order whose cooking has not started (F13)",
            description = "Re-priced from the current menu. The kitchen decides (stock, cooking): the order shows "
                    + "CHANGE_REQUESTED until the change is taken (payment adjusted to the new total) or refused "
                    + "(request.outcome REFUSED with the reason; the order stays as it was).")
    @APIResponse(responseCode = "202", description = "Change requested; poll the order")
    @APIResponse(responseCode = "409", description = "Cooking has started, the order is closed, or a request is pending")
    public Response change(@PathParam("orderId") String orderId, @NotNull @Valid ChangeItemsRequest body) {
        return Response.accepted(OrderView.of(changeOrder.change(caller.getSubject(), orderId, body.requestedItems())))
                .build();
    }

    @POST
    @Path("{orderId}/confirm-delivery")
    @RolesAllowed("customer")
    @Operation(summary = "The customer received the food (F11): the order completes and payment settles")
    @APIResponse(responseCode = "200", description = "COMPLETED; payment settles and the store's thank-you follows")
    @APIResponse(responseCode = "409", description = "The order has not been picked up")
    public OrderView confirmDelivery(@PathParam("orderId") String orderId) {
        return OrderView.of(confirmReceipt.confirm(caller.getSubject(), orderId));
    }

    @GET
    @RolesAllowed("customer")
    @Operation(summary = "The caller's orders, newest first, from the tracking read model (F9)",
            description = "Paged with page (from 0) and size (1-100, default 20); X-Total-Count gives the total.")
    public Response myOrders(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
                             @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        String customer = caller.getSubject();
        return Response.ok(tracking.ordersOf(customer, page, size).stream().map(TrackingView::of).toList())
                .header("X-Total-Count", tracking.countOf(customer)).build();
    }

    @GET
    @Path("{orderId}")
    @RolesAllowed("customer")
    @Operation(summary = "One of the caller's orders")
    public OrderView order(@PathParam("orderId") String orderId) {
        return OrderView.of(queries.orderOf(caller.getSubject(), orderId));
    }
}
