package org.fooddelivery.notification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
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
import org.fooddelivery.platform.audit.AuditLog;
import org.fooddelivery.notification.application.FindNotifications;
import org.fooddelivery.notification.application.ResendNotification;

import java.util.List;

@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    @Inject
    FindNotifications find;

    @Inject
    ResendNotification resendNotification;

    @Inject
    JsonWebToken caller;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({"customer", "admin"})
    @Operation(summary = "The KakaoTalk messages of an order: its customer's, or any for admin (F10, F12)")
    public List<NotificationView> ofOrder(@QueryParam("orderId") @NotBlank String orderId) {
        return find.ofOrder(caller.getSubject(), security.isUserInRole("admin"), orderId).stream()
                .map(NotificationView::of).toList();
    }

    @POST
    @Path("{notificationId}/resend")
    @RolesAllowed("admin")
    @Operation(summary = "Send a FAILED message again")
    public NotificationView resend(@PathParam("notificationId") String notificationId) {
        NotificationView resent = NotificationView.of(resendNotification.resend(notificationId));
        AuditLog.record("notification.resent", caller.getSubject(), resent.orderId(), "notification " + notificationId);
        return resent;
    }
}
