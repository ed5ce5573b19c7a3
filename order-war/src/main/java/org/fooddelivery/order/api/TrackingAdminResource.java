package org.fooddelivery.order.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.fooddelivery.platform.audit.AuditLog;
import org.fooddelivery.order.query.TrackingRebuild;

/** Operations on the read model. */
@Path("admin/tracking")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class TrackingAdminResource {

    @Inject
    TrackingRebuild rebuild;

    @Inject
    JsonWebToken caller;

    @POST
    @Path("rebuild")
    @Operation(summary = "Drop the tracking read model and rebuild it by replaying the event journal")
    public JsonObject rebuild() {
        long started = System.nanoTime();
        long replayed = rebuild.rebuild();
        AuditLog.record("tracking.rebuilt", caller.getSubject(), null, replayed + " events replayed");
        return Json.createObjectBuilder().add("replayedEvents", replayed)
                .add("tookMs", (System.nanoTime() - started) / 1_000_000).build();
    }
}
