package org.fooddelivery.payment.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.fooddelivery.contracts.audit.AuditLog;
import org.fooddelivery.payment.application.FaultInjection;
import org.fooddelivery.payment.application.FaultInjection.Faults;

import java.util.logging.Logger;

/** Resilience drills: make payment slow or failing, then heal it again with zeros. */
@Path("admin/faults")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class FaultsResource {

    private static final Logger LOG = Logger.getLogger(FaultsResource.class.getName());

    @Inject
    FaultInjection faults;

    @Inject
    JsonWebToken caller;

    @GET
    @Operation(summary = "The faults currently injected")
    public Faults current() {
        return faults.current();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Inject a delay and a failure rate into every charge")
    public Faults set(@NotNull @Valid FaultsRequest body) {
        Faults set = faults.set(new Faults(body.delayMs(), body.failurePercent()));
        LOG.warning(() -> "Payment faults set by a drill: " + set);
        AuditLog.record("payment.faults.set", caller.getSubject(), null, set.toString());
        return set;
    }
}
