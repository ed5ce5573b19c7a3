package org.fooddelivery.standin.acquirer;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.fooddelivery.standin.api.StandInProblem;
import org.fooddelivery.standin.application.AuditTrail;
import org.fooddelivery.standin.application.Faults;

import java.util.List;

/**
 * The acquirer's HTTP face: its authorisation endpoint (for the merchant, authorised by the
 * merchant's API key, as acquirers do), plus admin endpoints to read what it charged and to make
 * it slow or failing.
 */
@Path("acquirer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CardAcquirerResource {

    @Inject
    CardAcquirer acquirer;

    @Inject
    @ConfigProperty(name = "acquirer.api-key")
    String expectedKey;

    @Inject
    JsonWebToken caller;

    public record ChargeRequest(@NotBlank @Size(max = 64) String reference,
                                @NotNull @Min(1) @Max(100_000_000) Long amount,
                                @NotNull @Pattern(regexp = "\\d{12,19}") String cardNumber) {
    }

    @POST
    @Path("v1/charges")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stand-in for a card acquirer's authorisation (merchant API key; Idempotency-Key honoured)")
    @APIResponse(responseCode = "200", description = "Answered: result APPROVED or DECLINED")
    @APIResponse(responseCode = "401", description = "Wrong merchant key")
    @APIResponse(responseCode = "503", description = "Unavailable (a drill says so)")
    public CardAcquirer.Charge charge(@HeaderParam("Authorization") String authorization,
                                      @HeaderParam("Idempotency-Key") String idempotencyKey,
                                      @NotNull @Valid ChargeRequest body) {
        if (!("MerchantKey " + expectedKey).equals(authorization)) {
            throw new StandInProblem(401, "wrong merchant key");
        }
        return acquirer.charge(idempotencyKey, body.reference(), body.amount(), body.cardNumber())
                .orElseThrow(() -> new StandInProblem(503, "acquirer temporarily unavailable (stand-in drill)"));
    }

    @GET
    @Path("charges")
    @RolesAllowed("admin")
    @Operation(summary = "Charges the acquirer made, optionally only those of one merchant reference (order id)")
    public List<CardAcquirer.Charge> charges(@QueryParam("reference") String reference) {
        return acquirer.charges(reference);
    }

    @GET
    @Path("faults")
    @RolesAllowed("admin")
    @Operation(summary = "The acquirer's current faults (delay and failure rate of every charge)")
    public Faults faults() {
        return acquirer.faults();
    }

    public record FaultsRequest(@NotNull @Min(0) @Max(120_000) Long delayMs,
                                @NotNull @Min(0) @Max(100) Integer failurePercent) {
    }

    @PUT
    @Path("faults")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make every charge slow (delayMs) or failing (failurePercent); zeros heal it")
    public Faults setFaults(@NotNull @Valid FaultsRequest body) {
        Faults set = acquirer.setFaults(new Faults(body.delayMs(), body.failurePercent()));
        AuditTrail.record("standin.acquirer.faults.set", caller.getSubject(), set.toString());
        return set;
    }
}
