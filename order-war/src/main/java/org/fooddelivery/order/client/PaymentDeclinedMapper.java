package org.fooddelivery.order.client;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import java.io.StringReader;

/** A 402 from payment becomes a {@link PaymentDeclinedException} carrying payment's own detail. */
public class PaymentDeclinedMapper implements ResponseExceptionMapper<PaymentDeclinedException> {

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status == Response.Status.PAYMENT_REQUIRED.getStatusCode();
    }

    @Override
    public PaymentDeclinedException toThrowable(Response response) {
        String detail = "the card was declined";
        try (JsonReader reader = Json.createReader(new StringReader(response.readEntity(String.class)))) {
            JsonObject problem = reader.readObject();
            detail = problem.getString("detail", detail);
        } catch (RuntimeException unreadable) {
            // keep the generic detail
        }
        return new PaymentDeclinedException(detail);
    }
}
