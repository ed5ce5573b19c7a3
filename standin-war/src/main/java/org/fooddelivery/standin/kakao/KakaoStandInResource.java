package org.fooddelivery.standin.kakao;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.fooddelivery.standin.application.AuditTrail;

import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stand-in's HTTP face: Kakao's send endpoint (authorised by the app key, as Kakao does), plus
 * admin endpoints to read what it received and to make it slow or failing.
 */
@Path("kakao")
@RequestScoped
public class KakaoStandInResource {

    @Inject
    KakaoStandIn standIn;

    @Inject
    @ConfigProperty(name = "kakao.api-key")
    String expectedKey;

    @Inject
    JsonWebToken caller;

    @POST
    @Path("v1/api/talk/friends/message/send")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stand-in for Kakao's message API (send to friends by template)")
    public Response send(@HeaderParam("Authorization") String authorization,
                         @HeaderParam("Idempotency-Key") String idempotencyKey, String form) {
        // Kakao reads the form as UTF-8 whatever the content type says; the servlet default
        // (ISO-8859-1, for a form without a charset) would record Korean texts as mojibake.
        Map<String, String> fields = formFields(form);
        String receiverUuids = fields.get("receiver_uuids");
        String templateArgs = fields.get("template_args");
        Long templateId;
        try {
            templateId = fields.containsKey("template_id") ? Long.valueOf(fields.get("template_id")) : null;
        } catch (NumberFormatException e) {
            return kakaoError(400, -2, "template_id must be a number");
        }
        if (!("KakaoAK " + expectedKey).equals(authorization)) {
            return kakaoError(401, -401, "wrong app key");
        }
        if (receiverUuids == null) {
            return kakaoError(400, -2, "receiver_uuids, template_id and template_args are required");
        }
        List<String> receivers;
        try {
            JsonArray array = Json.createReader(new StringReader(receiverUuids)).readArray();
            receivers = array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        } catch (RuntimeException e) {
            return kakaoError(400, -2, "receiver_uuids must be a JSON array of strings");
        }
        if (templateId == null || templateArgs == null || receivers.isEmpty()) {
            return kakaoError(400, -2, "receiver_uuids, template_id and template_args are required");
        }
        if (!standIn.accept(idempotencyKey, receivers, templateId, templateArgs)) {
            return kakaoError(503, -9798, "service temporarily unavailable (stand-in drill)");
        }
        JsonObject ok = Json.createObjectBuilder()
                .add("successful_receiver_uuids", Json.createArrayBuilder(receivers)).build();
        return Response.ok(ok, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("received")
    @RolesAllowed("admin")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Messages the stand-in received, optionally only those mentioning a receiver or text")
    public List<KakaoStandIn.Received> received(@QueryParam("containing") String containing) {
        return standIn.received(containing);
    }

    @GET
    @Path("faults")
    @RolesAllowed("admin")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The stand-in's current faults (delay, failure rate, failures still to come)")
    public KakaoStandIn.Faults faults() {
        return standIn.faults();
    }

    @PUT
    @Path("faults")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make the stand-in slow (delayMs: every call, or only the next slowNext), failing (failurePercent) "
            + "or fail the next n calls (failNext and slowNext aim only at calls mentioning failNextContaining, if given)")
    public KakaoStandIn.Faults setFaults(@NotNull @Valid FaultsRequest body) {
        KakaoStandIn.Faults set = standIn.setFaults(body.delayMs(), body.slowNext() == null ? 0 : body.slowNext(),
                body.failurePercent(), body.failNext() == null ? 0 : body.failNext(),
                body.failNextContaining() == null || body.failNextContaining().isBlank() ? null : body.failNextContaining());
        AuditTrail.record("standin.kakao.faults.set", caller.getSubject(), set.toString());
        return set;
    }

    public record FaultsRequest(@NotNull @Min(0) @Max(60_000) Long delayMs,
                                @NotNull @Min(0) @Max(100) Integer failurePercent,
                                @Min(0) @Max(1000) Integer failNext,
                                @Size(max = 200) String failNextContaining,
                                @Min(0) @Max(1000) Integer slowNext) {
    }

    private static Response kakaoError(int status, int code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder().add("msg", message).add("code", code).build()).build();
    }

    private static Map<String, String> formFields(String form) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : (form == null ? "" : form).split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }
}
