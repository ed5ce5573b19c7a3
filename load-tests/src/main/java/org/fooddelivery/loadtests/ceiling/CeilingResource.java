package org.fooddelivery.loadtests.ceiling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/** A trivial GET (HTTP and JAX-RS alone) and the one-transaction POST (CeilingRecords). */
@Path("/")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CeilingResource {

    @Inject
    CeilingRecords records;

    @GET
    @Path("ping")
    public Map<String, String> ping() {
        return Map.of("status", "ok");
    }

    @POST
    @Path("records")
    public Response record() {
        return Response.status(Response.Status.CREATED).entity(Map.of("id", records.recordAndPublish())).build();
    }

    /** How many records the listener has consumed so far: the simulation waits for them. */
    @GET
    @Path("records/consumed")
    public Map<String, Long> consumed() {
        return Map.of("consumed", records.consumedCount(), "recorded", records.recordedCount());
    }
}
