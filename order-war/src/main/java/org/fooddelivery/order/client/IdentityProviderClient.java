package org.fooddelivery.order.client;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The identity provider's OAuth 2.0 token endpoint, where order-war signs in as itself
 * (its service user, group {@code service}) to call other services.
 */
@RegisterRestClient(configKey = "identity")
public interface IdentityProviderClient {

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    TokenResponse token(@FormParam("grant_type") String grantType, @FormParam("client_id") String clientId,
                        @FormParam("username") String username, @FormParam("password") String password,
                        @FormParam("scope") String scope);

    record TokenResponse(@JsonbProperty("access_token") String accessToken,
                         @JsonbProperty("expires_in") long expiresIn) {
    }
}
