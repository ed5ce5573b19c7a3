package org.fooddelivery.kitchen.api;

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
import org.fooddelivery.platform.problem.ProblemException;
import org.fooddelivery.kitchen.application.Catalog;
import org.fooddelivery.kitchen.application.ThankYouNotes;
import org.fooddelivery.kitchen.domain.Store;

import java.util.List;

@Path("stores")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StoreResource {

    @Inject
    Catalog catalog;

    @Inject
    ThankYouNotes thanks;

    @Inject
    JsonWebToken caller;

    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed({"customer", "owner", "rider", "admin"})
    @Operation(summary = "All stores on the platform")
    public List<StoreView> stores() {
        return catalog.stores().stream().map(this::view).toList();
    }

    @GET
    @Path("{storeId}")
    @RolesAllowed({"customer", "owner", "rider", "admin"})
    @Operation(summary = "One store")
    public StoreView store(@PathParam("storeId") long storeId) {
        return view(catalog.store(storeId));
    }

    @GET
    @Path("{storeId}/menu")
    // "service": order-war prices orders from it with its own identity.
    @RolesAllowed({"customer", "owner", "rider", "admin", "service"})
    @Operation(summary = "The store's menu with current prices and stock",
            description = "stock is what can still be ordered (onHand - reserved); onHand is what the kitchen has, "
                    + "reserved what open tickets hold until they are cooked or released.")
    public List<MenuItemView> menu(@PathParam("storeId") long storeId) {
        return catalog.menu(storeId).stream().map(MenuItemView::of).toList();
    }

    @PUT
    @Path("{storeId}/thank-you")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("owner")
    @Operation(summary = "Set the store's default thank-you message (F12; that store's owner only)")
    public StoreView setThankYouMessage(@PathParam("storeId") long storeId, @NotNull @Valid ThanksRequest body) {
        return view(catalog.setThankYouMessage(caller.getSubject(), storeId, body.message().trim()));
    }

    @PUT
    @Path("{storeId}/menu/{menuId}/stock")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("owner")
    @Operation(summary = "Set how many portions of a dish are on hand: the owner counted the shelf (that store's owner only)",
            description = "Sets onHand, not what is available: open tickets keep their reservations, and available "
                    + "(the menu's stock) is onHand - reserved. Counting fewer than are reserved drops no order: "
                    + "nothing more is sold, shortfall says how many reserved portions are missing, and starting to "
                    + "cook a ticket whose portions are not on hand is refused (409) until the owner counts again, "
                    + "adds stock, or rejects an order (which refunds it). Recorded in the dish's stock history.")
    @APIResponse(responseCode = "200", description = "Counted; the dish with stock (available), onHand, reserved, shortfall")
    @APIResponse(responseCode = "400", description = "stock missing, not a whole number, or outside 0..1000000")
    @APIResponse(responseCode = "403", description = "Not this store's owner")
    @APIResponse(responseCode = "404", description = "No such store or dish")
    public MenuItemView setStock(@PathParam("storeId") long storeId, @PathParam("menuId") long menuId,
                                 @NotNull @Valid StockUpdate body) {
        return MenuItemView.of(catalog.countStock(caller.getSubject(), storeId, menuId, body.stock(),
                body.reasonOrDefault()));
    }

    @POST
    @Path("{storeId}/menu/{menuId}/stock/adjustments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("owner")
    @Operation(summary = "Change what is on hand by delta, with a reason (that store's owner only)",
            description = "Applied to the current number under the dish's row lock, the same lock reservations take, "
                    + "so a concurrent order, count or adjustment is never overwritten. Answers the history line.")
    @APIResponse(responseCode = "201", description = "Applied; Location names the history line")
    @APIResponse(responseCode = "400", description = "delta missing, 0, not whole, or out of range; reason missing, blank or too long")
    @APIResponse(responseCode = "403", description = "Not this store's owner")
    @APIResponse(responseCode = "404", description = "No such store or dish")
    @APIResponse(responseCode = "409", description = "It would take onHand below 0 or above 1000000; nothing changed")
    @APIResponse(responseCode = "503", description = "Too many changes to this dish at once; nothing changed, retry")
    public Response adjustStock(@PathParam("storeId") long storeId, @PathParam("menuId") long menuId,
                                @NotNull @Valid StockAdjustmentRequest body) {
        if (body.delta() == 0) {
            throw ProblemException.invalid("delta", "must not be 0");
        }
        StockAdjustmentView adjustment = StockAdjustmentView.of(catalog.adjustStock(caller.getSubject(), storeId, menuId,
                body.delta(), body.reason().trim()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(adjustment.id())).build())
                .entity(adjustment).build();
    }

    @GET
    @Path("{storeId}/menu/{menuId}/stock/adjustments")
    @RolesAllowed("owner")
    @Operation(summary = "The dish's stock history, newest first: counts and adjustments (that store's owner only)",
            description = "Reservations and cooking are not lines here: they show in reserved and in the tickets.")
    @APIResponse(responseCode = "200", description = "Up to limit lines (1-500, default 100)")
    @APIResponse(responseCode = "400", description = "limit out of range")
    @APIResponse(responseCode = "403", description = "Not this store's owner")
    @APIResponse(responseCode = "404", description = "No such store or dish")
    public List<StockAdjustmentView> stockHistory(@PathParam("storeId") long storeId, @PathParam("menuId") long menuId,
                                                  @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return catalog.stockHistory(caller.getSubject(), storeId, menuId, limit).stream()
                .map(StockAdjustmentView::of).toList();
    }

    @GET
    @Path("{storeId}/menu/{menuId}/stock/adjustments/{adjustmentId}")
    @RolesAllowed("owner")
    @Operation(summary = "One line of the dish's stock history (that store's owner only)")
    @APIResponse(responseCode = "200", description = "The history line")
    @APIResponse(responseCode = "403", description = "Not this store's owner")
    @APIResponse(responseCode = "404", description = "No such store, dish or line")
    public StockAdjustmentView stockHistoryLine(@PathParam("storeId") long storeId, @PathParam("menuId") long menuId,
                                                @PathParam("adjustmentId") long adjustmentId) {
        return StockAdjustmentView.of(catalog.stockHistoryLine(caller.getSubject(), storeId, menuId, adjustmentId));
    }

    private StoreView view(Store store) {
        return StoreView.of(store, thanks.messageOf(store));
    }
}
