package org.fooddelivery.order.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * payment-war's charge API. Charging is internal: the call carries order-war's own token
 * ({@link ServiceTokenHeaders}), and the body says for which customer.
 */
@RegisterRestClient(configKey = "payment")
@RegisterClientHeaders(ServiceTokenHeaders.class)
@RegisterProvider(PaymentDeclinedMapper.class)
@Path("/")
public interface PaymentClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    PaymentReceipt charge(ChargeRequest request);

    record ChargeRequest(String orderId, String customerId, long amount, Card card) {
    }

    record Card(String number) {
    }

    record PaymentReceipt(String id, String orderId, long amount, String status) {
    }
}
