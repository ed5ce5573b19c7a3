package org.fooddelivery.order.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/**
 * kitchen-war's public catalog API. The kitchen owns prices, and an order is priced from the
 * menu as it is at that moment, so this is read synchronously rather than from a local copy
 * that could be stale. The call carries order-war's own token ({@link ServiceTokenHeaders}).
 */
@RegisterRestClient(configKey = "kitchen")
@RegisterClientHeaders(ServiceTokenHeaders.class)
@RegisterProvider(UnknownStoreMapper.class)
@Path("/stores")
public interface KitchenClient {

    @GET
    @Path("{storeId}/menu")
    @Produces(MediaType.APPLICATION_JSON)
    List<KitchenMenuItem> menu(@PathParam("storeId") long storeId);

    record KitchenMenuItem(long id, String name, long price, int stock) {
    }
}
