package org.fooddelivery.systemtest;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import static org.fooddelivery.systemtest.FoodApi.get;
import static org.fooddelivery.systemtest.FoodApi.put;
import static org.fooddelivery.systemtest.ProblemAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A client's mistake is a 400 that names it, never a 404 or a 500: numbers in query parameters
 * that are not numbers, and texts up to the length the API documents are stored whole.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InputLimitsIT {

    @Deployment
    static WebArchive probe() {
        return Probe.empty("input-limits-probe");
    }

    @Test
    void aQueryParameterThatIsNotANumberIsA400NamingIt() {
        assertInvalid("query parameter page", get("customer1", "/orders?page=abc"));
        assertInvalid("query parameter size", get("customer1", "/orders?size=1.5"));
        assertInvalid("query parameter lat", get("rider1", "/delivery/deliveries?area=gangnam&lat=abc&lng=1"));
        assertInvalid("query parameter radiusKm", get("rider1", "/delivery/deliveries?area=gangnam&lat=37.5&lng=127&radiusKm=NaN"));
        assertEquals(200, get("customer1", "/orders?page=0&size=5").status(), "valid numbers still work");
    }

    @Test
    void aBodyOverSixtyFourKibibytesIsA413WhetherItsLengthIsDeclaredOrNot() {
        String padding = "x".repeat(64 * 1024);
        String tooLarge = "{\"message\": \"" + padding + "\"}";
        ProblemAssertions.assertProblem(413, put("owner1", "/kitchen/stores/1/thank-you", tooLarge));
        InputStream chunked = new ByteArrayInputStream(tooLarge.getBytes(StandardCharsets.UTF_8));
        ProblemAssertions.assertProblem(413, FoodApi.send(FoodApi.authorized("customer1", "/orders")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> chunked))));
        assertInvalid("message", put("owner1", "/kitchen/stores/1/thank-you", "{\"message\": \"" + padding.substring(0, 600) + "\"}"));
    }

    @Test
    void aThankYouTextOfTheDocumentedFiveHundredCharactersIsStoredWhole() {
        String text = "감사합니다! ".repeat(80).substring(0, 500);
        FoodApi.Reply set = put("owner1", "/kitchen/stores/1/thank-you", "{\"message\": \"" + text + "\"}");
        assertEquals(200, set.status(), set::toString);
        assertEquals(text.trim(), set.json().getString("thankYouMessage"));
        assertInvalid("message", put("owner1", "/kitchen/stores/1/thank-you", "{\"message\": \"" + text + "x\"}"));
    }
}
