package org.fooddelivery.order.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.fooddelivery.order.domain.Order;
import org.fooddelivery.order.domain.OrderRepository;

import java.time.Instant;
import java.util.List;

/**
 * The operators' list of cancel and change requests the kitchen left unanswered through every
 * re-ask (saga timeouts): the operator calls the store, then has the kitchen answer (or replays its
 * parked answer, {@code /kitchen/admin/parked-events}).
 */
@Path("admin/unanswered-requests")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class UnansweredRequestsResource {

    @Inject
    OrderRepository orders;

    @Inject
    @ConfigProperty(name = "order.admin.unanswered-requests-max")
    int max;

    @GET
    @Operation(summary = "Cancel and change requests still unanswered by the kitchen after every re-ask, oldest first")
    public List<UnansweredRequest> list() {
        return orders.escalatedRequests(max).stream().map(UnansweredRequest::of).toList();
    }

    /** {@code request} CANCEL or CHANGE; {@code status} what the customer sees (CANCEL_REQUESTED, CHANGE_REQUESTED). */
    public record UnansweredRequest(String orderId, String customerId, long storeId, String request, String status,
                                    int changeNumber, int reasks, Instant lastAskedAt, Instant escalatedAt) {
        static UnansweredRequest of(Order o) {
            return new UnansweredRequest(o.getId(), o.getCustomerId(), o.getStoreId(), o.getLastRequest().name(),
                    o.displayStatus(), o.getChangeNumber(), o.getRequestReasks(), o.getRequestAskedAt(),
                    o.getRequestEscalatedAt());
        }
    }
}
