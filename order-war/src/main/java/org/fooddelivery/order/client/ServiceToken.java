package org.fooddelivery.order.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * order-war's own bearer token for its calls to payment and the kitchen: charging a card is
 * internal, so payment accepts it from this identity only, never from a customer's token. The
 * token is fetched once and reused until shortly before it expires; the password comes from
 * configuration (the Liberty variable or environment variable {@code ORDER_SERVICE_PASSWORD}).
 */
@ApplicationScoped
public class ServiceToken {

    private static final Logger LOG = Logger.getLogger(ServiceToken.class.getName());

    /** Renew this long before expiry, so a token never runs out between fetching and use. */
    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofMinutes(1);

    @Inject
    @RestClient
    IdentityProviderClient identity;

    @Inject
    @ConfigProperty(name = "order.service.client-id")
    String clientId;

    @Inject
    @ConfigProperty(name = "order.service.user")
    String user;

    @Inject
    @ConfigProperty(name = "order.service.password")
    String password;

    private String token;
    private Instant renewAt = Instant.MIN;

    public synchronized String bearer() {
        if (token == null || Instant.now().isAfter(renewAt)) {
            IdentityProviderClient.TokenResponse answer = identity.token("password", clientId, user, password, "openid");
            token = answer.accessToken();
            renewAt = Instant.now().plusSeconds(answer.expiresIn()).minus(RENEW_BEFORE_EXPIRY);
            LOG.fine(() -> "New service token for " + user + ", renewed after " + renewAt);
        }
        return token;
    }
}
