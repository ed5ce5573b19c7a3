package org.fooddelivery.platform.operations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fooddelivery.platform.messaging.ParkedEvents;
import org.fooddelivery.platform.persistence.ParkedEvent;
import org.fooddelivery.platform.problem.ProblemException;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Operators' view of the messages this service's consumers gave up on (every service has it under
 * its own context root: /orders/admin/parked-events, /kitchen/..., /payments/...).
 */
@Path("admin/parked-events")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parked events", description = "Messages a consumer gave up on after its last delivery: list, replay, discard")
public class ParkedEventsResource {

    @Inject
    ParkedEvents parked;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The messages this service's consumers gave up on, oldest first")
    public List<ParkedEventView> list(
            @Parameter(description = "PARKED (default), REPLAYED or DISCARDED") @QueryParam("status") @DefaultValue("PARKED") String status,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return parked.list(status(status), limit).stream().map(ParkedEventView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One parked message")
    @APIResponse(responseCode = "200", description = "The parked message")
    @APIResponse(responseCode = "404", description = "No such parked message")
    public ParkedEventView get(@PathParam("id") String id) {
        return ParkedEventView.of(parked.get(id));
    }

    @POST
    @Path("{id}/replay")
    @Operation(summary = "Apply the parked message again with its consumer, once the cause is fixed; "
            + "it takes effect exactly once (REPLAYED)")
    @APIResponse(responseCode = "200", description = "Replayed")
    @APIResponse(responseCode = "409", description = "Not parked any more, or it failed again (the reason; it stays parked)")
    public ParkedEventView replay(@PathParam("id") String id) {
        return ParkedEventView.of(parked.replay(id, user()));
    }

    @POST
    @Path("replay")
    @Operation(summary = "Replay every parked message of this service, each on its own; lists those that failed again")
    public ParkedEvents.ReplayReport replayAll() {
        return parked.replayAll(user());
    }

    @POST
    @Path("{id}/discard")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give up on a parked message for good, with the reason (DISCARDED)")
    @APIResponse(responseCode = "200", description = "Discarded")
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "409", description = "Not parked any more")
    public ParkedEventView discard(@PathParam("id") String id, @Valid @NotNull DiscardRequest request) {
        return ParkedEventView.of(parked.discard(id, user(), request.reason()));
    }

    public record DiscardRequest(@NotBlank @Size(max = 500) String reason) {
    }

    public record ParkedEventView(String id, String consumer, String eventId, String eventType, String orderId,
                                  String reason, int deliveries, Instant parkedAt, String status, Instant resolvedAt,
                                  String resolvedBy, String resolution) {
        static ParkedEventView of(ParkedEvent p) {
            return new ParkedEventView(p.getId(), p.getConsumer(), p.getEventId(), p.getEventType(), p.getOrderId(),
                    p.getReason(), p.getDeliveries(), p.getParkedAt(), p.getStatus().name(), p.getResolvedAt(),
                    p.getResolvedBy(), p.getResolution());
        }
    }

    private String user() {
        return security.getUserPrincipal().getName();
    }

    private static ParkedEvent.Status status(String value) {
        try {
            return ParkedEvent.Status.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "must be PARKED, REPLAYED or DISCARDED");
        }
    }
}
