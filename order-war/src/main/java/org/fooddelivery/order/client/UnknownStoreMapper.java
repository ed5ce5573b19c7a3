package org.fooddelivery.order.client;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Tells a 404 from the kitchen (no such store) apart from the kitchen failing. */
public class UnknownStoreMapper implements ResponseExceptionMapper<UnknownStoreException> {

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status == Response.Status.NOT_FOUND.getStatusCode();
    }

    @Override
    public UnknownStoreException toThrowable(Response response) {
        return new UnknownStoreException("the kitchen knows no such store");
    }
}
