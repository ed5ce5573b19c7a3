package org.fooddelivery.payment.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The card acquirer's authorisation API (the PSP that charges cards for the platform): URL and
 * merchant key in microprofile-config. The embedded default points it at the acquirer stand-in
 * of standin-war (/standins/acquirer).
 */
@RegisterRestClient(configKey = "acquirer")
@Path("/v1/charges")
public interface AcquirerApi {

    /** The same key for every attempt of one charge: the acquirer answers a repeat without charging again. */
    String IDEMPOTENCY_KEY = "Idempotency-Key";

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Authorization charge(@HeaderParam("Authorization") String merchantKey, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                         ChargeRequest request);

    /** reference: the merchant's own id of the charge, the order id. */
    record ChargeRequest(String reference, long amount, String cardNumber) {
    }

    /** result: APPROVED or DECLINED. */
    record Authorization(String id, String result) {
        public boolean approved() {
            return "APPROVED".equals(result);
        }
    }
}
