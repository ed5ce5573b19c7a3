package org.fooddelivery.kitchen.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.fooddelivery.kitchen.application.Catalog;

import java.util.List;

@Path("stores")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StoreResource {

    @Inject
    Catalog catalog;

    @Inject
    JsonWebToken caller;

    @GET
    @RolesAllowed({"customer", "owner", "rider", "admin"})
    @Operation(summary = "All stores on the platform")
    public List<StoreView> stores() {
        return catalog.stores().stream().map(StoreView::of).toList();
    }

    @GET
    @Path("{storeId}")
    @RolesAllowed({"customer", "owner", "rider", "admin"})
    @Operation(summary = "One store")
    public StoreView store(@PathParam("storeId") long storeId) {
        return StoreView.of(catalog.store(storeId));
    }

    @GET
    @Path("{storeId}/menu")
    @RolesAllowed({"customer", "owner", "rider", "admin"})
    @Operation(summary = "The store's menu with current prices and stock")
    public List<MenuItemView> menu(@PathParam("storeId") long storeId) {
        return catalog.menu(storeId).stream().map(MenuItemView::of).toList();
    }

    @PUT
    @Path("{storeId}/thank-you")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("owner")
    @Operation(summary = "Set the store's default thank-you message (F12; that store's owner only)")
    public StoreView setThankYouMessage(@PathParam("storeId") long storeId, @NotNull @Valid ThanksRequest body) {
        return StoreView.of(catalog.setThankYouMessage(caller.getSubject(), storeId, body.message().trim()));
    }

    @PUT
    @Path("{storeId}/menu/{menuId}/stock")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("owner")
    @Operation(summary = "Set how many portions of a dish are available (that store's owner only)")
    public MenuItemView setStock(@PathParam("storeId") long storeId, @PathParam("menuId") long menuId,
                                 @NotNull @Valid StockUpdate body) {
        return MenuItemView.of(catalog.setStock(caller.getSubject(), storeId, menuId, body.stock()));
    }
}
