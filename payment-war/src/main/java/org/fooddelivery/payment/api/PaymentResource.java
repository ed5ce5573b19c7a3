package org.fooddelivery.payment.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.fooddelivery.platform.problem.ProblemException;
import org.fooddelivery.payment.application.ChargeOrder;
import org.fooddelivery.payment.application.Payments;
import org.fooddelivery.payment.domain.Payment;

import java.util.List;

@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PaymentResource {

    @Inject
    ChargeOrder chargeOrder;

    @Inject
    Payments payments;

    @Inject
    JsonWebToken caller;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    // Internal: only order-war's own identity (group "service") charges; the body names the customer.
    @RolesAllowed("service")
    @Operation(summary = "Charge a customer's card for an order (internal: the order service's identity only)")
    @APIResponse(responseCode = "201", description = "Approved")
    @APIResponse(responseCode = "402", description = "Declined")
    @APIResponse(responseCode = "403", description = "The caller is not the order service")
    @APIResponse(responseCode = "503", description = "Payment or the card acquirer unavailable")
    public Response charge(@NotNull @Valid ChargeRequest body) {
        Payment payment = chargeOrder.charge(caller.getSubject(), body.customerId(), body.orderId(), body.amount(),
                body.card().number());
        if (!payment.isApproved()) {
            throw ProblemException.paymentDeclined("the card ending in " + payment.getCardLast4() + " was declined");
        }
        return Response.status(Response.Status.CREATED).entity(PaymentView.of(payment)).build();
    }

    @GET
    @RolesAllowed({"customer", "admin"})
    @Operation(summary = "The payments of an order: its customer's, or any for admin")
    public List<PaymentView> ofOrder(@QueryParam("orderId") @NotBlank String orderId) {
        return payments.ofOrder(caller.getSubject(), security.isUserInRole("admin"), orderId).stream()
                .map(PaymentView::of).toList();
    }
}
