package org.fooddelivery.kitchen.api;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.fooddelivery.platform.problem.ProblemException;
import org.fooddelivery.kitchen.application.KitchenTickets;
import org.fooddelivery.kitchen.application.ThankYouNotes;
import org.fooddelivery.kitchen.domain.TicketStatus;

import java.util.Arrays;
import java.util.List;

/** The store owner's kitchen display: the tickets of their stores, and the F4/F5 commands. */
@Path("tickets")
@RequestScoped
@RolesAllowed("owner")
@Produces(MediaType.APPLICATION_JSON)
public class TicketResource {

    @Inject
    KitchenTickets kitchen;

    @Inject
    ThankYouNotes thanks;

    @Inject
    JsonWebToken caller;

    @GET
    @Operation(summary = "Tickets of the caller's stores, newest first, optionally of one status")
    public List<TicketView> tickets(@QueryParam("status") String status) {
        return kitchen.ofOwner(caller.getSubject(), parse(status)).stream().map(TicketView::of).toList();
    }

    @POST
    @Path("{orderId}/accept")
    @Operation(summary = "Accept an order (F4)")
    public TicketView accept(@PathParam("orderId") String orderId) {
        return TicketView.of(kitchen.accept(caller.getSubject(), orderId));
    }

    @POST
    @Path("{orderId}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject an order (F4): stock is released and the payment refunded")
    public TicketView reject(@PathParam("orderId") String orderId, @NotNull @Valid RejectRequest body) {
        return TicketView.of(kitchen.reject(caller.getSubject(), orderId, body.reason().trim()));
    }

    @POST
    @Path("{orderId}/start")
    @Operation(summary = "Cooking started (F5): from now on the order can be neither cancelled nor changed",
            description = "The ticket's reserved portions are consumed: onHand and reserved of each dish go down. "
                    + "409 if the state forbids it, or if a dish has fewer portions on hand than the ticket holds "
                    + "(the owner counted fewer than were reserved): count again, add stock, or reject the order.")
    public TicketView start(@PathParam("orderId") String orderId) {
        return TicketView.of(kitchen.start(caller.getSubject(), orderId));
    }

    @POST
    @Path("{orderId}/finish")
    @Operation(summary = "Cooking finished (F5): riders near the customer can see the delivery")
    public TicketView finish(@PathParam("orderId") String orderId) {
        return TicketView.of(kitchen.finish(caller.getSubject(), orderId));
    }

    @POST
    @Path("{orderId}/thanks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Thank the customer in your own words (F12), once, after the order completed",
            description = "Without it the store's default thank-you goes out after kitchen.thanks.grace-period.")
    public TicketView thank(@PathParam("orderId") String orderId, @NotNull @Valid ThanksRequest body) {
        return TicketView.of(thanks.thankInOwnWords(caller.getSubject(), orderId, body.message().trim()));
    }

    private static TicketStatus parse(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return TicketStatus.valueOf(status.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "must be one of " + Arrays.toString(TicketStatus.values()));
        }
    }
}
