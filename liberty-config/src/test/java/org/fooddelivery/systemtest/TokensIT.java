package org.fooddelivery.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.InputStream;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;

import static org.fooddelivery.systemtest.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tokens the services trust: signed with the key of the keystore the server made once at its
 * first start (so a token outlives a restart of the server until it expires, instead of a key
 * generated at each start), meant for this platform (audience), and obtainable on either port.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TokensIT {

    private static final Path SERVER_DIR = Path.of(System.getProperty("food.serverDir"));
    private static final Path KEYSTORE = SERVER_DIR.resolve("resources/security/key.p12");
    private static final String AUDIENCE = "food-platform";

    @Deployment(testable = false)
    static WebArchive probe() {
        return Probe.empty("tokens-probe");
    }

    @Test
    void theProviderSignsWithTheKeyOfThePersistentKeystore() throws Exception {
        RSAPublicKey keystoreKey = (RSAPublicKey) keystore().getCertificate("default").getPublicKey();
        JsonObject jwks = FoodApi.send(FoodApi.authorized(null, "/oidc/endpoint/food/jwk").GET()).json();
        assertEquals(1, jwks.getJsonArray("keys").size(), jwks::toString);
        JsonObject published = jwks.getJsonArray("keys").getJsonObject(0);
        assertEquals(keystoreKey.getModulus(), new BigInteger(1, Base64.getUrlDecoder().decode(published.getString("n"))),
                "the published key is the keystore's, which survives restarts");
        assertEquals(published.getString("kid"), header(FoodApi.token("customer1")).getString("kid"),
                "tokens are signed with it");
    }

    @Test
    void tokensCarryTheAudienceAndServicesRefuseAnyOther() throws Exception {
        JsonObject real = claims(FoodApi.token("customer1"));
        assertEquals(AUDIENCE, real.getString("aud"));

        assertEquals(200, storesWith(signed(claimsLike(real).add("aud", AUDIENCE))), "the test's own signing is right");
        assertProblem(401, FoodApi.send(FoodApi.authorized(null, "/kitchen/stores")
                .header("Authorization", "Bearer " + signed(claimsLike(real).add("aud", "another-platform"))).GET()));
        assertEquals(401, storesWith(signed(claimsLike(real))), "a token without an audience");
    }

    @Test
    void theTokenRequestAnswersATokenOnTheTlsPortToo() {
        String form = "grant_type=password&client_id=food-app&username=customer1&password=password";
        FoodApi.Reply reply = FoodApi.sendTls(HttpRequest.newBuilder(URI.create(FoodApi.TLS_BASE_URL + "/oidc/endpoint/food/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(200, storesWith(reply.json().getString("access_token")));
    }

    private static int storesWith(String token) {
        return FoodApi.send(FoodApi.authorized(null, "/kitchen/stores").header("Authorization", "Bearer " + token).GET()).status();
    }

    /** The claims of a real token, fresh, without its audience. */
    private static JsonObjectBuilder claimsLike(JsonObject real) {
        long now = Instant.now().getEpochSecond();
        return Json.createObjectBuilder().add("sub", real.getString("sub")).add("iss", real.getString("iss"))
                .add("groups", real.getJsonArray("groups")).add("token_type", "Bearer")
                .add("iat", now).add("exp", now + 300).add("jti", "tokens-it-" + now);
    }

    /** A token signed with the server's own key, as the provider signs (which only a holder of the keystore can). */
    private static String signed(JsonObjectBuilder claims) throws Exception {
        String kid = header(FoodApi.token("customer1")).getString("kid");
        String head = encode(Json.createObjectBuilder().add("kid", kid).add("alg", "RS256").build().toString());
        String body = encode(claims.build().toString());
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign((PrivateKey) keystore().getKey("default", keystorePassword()));
        rs256.update((head + "." + body).getBytes(StandardCharsets.US_ASCII));
        return head + "." + body + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
    }

    private static KeyStore keystore() throws Exception {
        assertTrue(Files.exists(KEYSTORE), "the server made its keystore: " + KEYSTORE);
        KeyStore keystore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(KEYSTORE)) {
            keystore.load(in, keystorePassword());
        }
        return keystore;
    }

    /** Liberty's server create wrote the keystore's password into server.env (keystore_password). */
    private static char[] keystorePassword() throws Exception {
        return Files.readAllLines(SERVER_DIR.resolve("server.env")).stream()
                .filter(line -> line.startsWith("keystore_password=")).findFirst()
                .map(line -> line.substring("keystore_password=".length()).toCharArray()).orElseThrow();
    }

    private static JsonObject header(String jwt) {
        return part(jwt, 0);
    }

    private static JsonObject claims(String jwt) {
        return part(jwt, 1);
    }

    private static JsonObject part(String jwt, int index) {
        String json = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]), StandardCharsets.UTF_8);
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
