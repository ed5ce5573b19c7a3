package org.fooddelivery.order.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Gauge;
import org.eclipse.microprofile.metrics.Metric;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.fooddelivery.order.client.PaymentGateway;

import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The payment circuit breaker as an operator watches it during a drill: its state, how long it
 * spent in each, and the outcome of every call. Read from the fault-tolerance metrics MicroProfile
 * registers in the base scope, so it is exactly what /metrics says; offered as JSON behind an
 * admin token because /metrics itself is for the server's administrator (basic authentication).
 */
@Path("admin/payment-circuit")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentCircuitResource {

    /** The method tag of the breaker's metrics: the guarded method's full name. */
    static final String METHOD = PaymentGateway.class.getName() + ".charge";

    @Inject
    @RegistryScope(scope = MetricRegistry.BASE_SCOPE)
    MetricRegistry base;

    @GET
    @Operation(summary = "The payment circuit breaker: state, time in each state, calls by outcome, times opened")
    @APIResponse(responseCode = "200", description = "state (closed, open, halfOpen; unknown where the runtime has no "
            + "current-state gauge: then the state whose stateSeconds grows is the current one), stateSeconds, calls "
            + "(success, failure, circuitBreakerOpen), opened")
    public JsonObject circuit() {
        JsonObjectBuilder stateSeconds = Json.createObjectBuilder();
        JsonObjectBuilder calls = Json.createObjectBuilder();
        String[] state = {"unknown"};
        long[] opened = {0};
        each("ft.circuitbreaker.state.current", (tags, value) -> {
            if (value.doubleValue() == 1) {
                state[0] = tags.get("state");
            }
        });
        each("ft.circuitbreaker.state.total", (tags, value) ->
                stateSeconds.add(tags.get("state"), value.doubleValue() / 1_000_000_000d));
        each("ft.circuitbreaker.calls.total", (tags, value) -> calls.add(tags.get("circuitBreakerResult"), value.longValue()));
        each("ft.circuitbreaker.opened.total", (tags, value) -> opened[0] += value.longValue());
        return Json.createObjectBuilder().add("method", METHOD).add("state", state[0])
                .add("stateSeconds", stateSeconds).add("calls", calls).add("opened", opened[0]).build();
    }

    /** Every gauge or counter of that name for the payment call, with its tags. */
    private void each(String name, BiConsumer<Map<String, String>, Number> action) {
        base.getMetrics().forEach((MetricID id, Metric metric) -> {
            if (!id.getName().equals(name) || !METHOD.equals(id.getTags().get("method"))) {
                return;
            }
            if (metric instanceof Gauge<?> gauge) {
                action.accept(id.getTags(), gauge.getValue());
            } else if (metric instanceof Counter counter) {
                action.accept(id.getTags(), counter.getCount());
            }
        });
    }
}
