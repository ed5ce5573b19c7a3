package org.fooddelivery.systemtest;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;

import static org.fooddelivery.systemtest.FoodApi.get;
import static org.fooddelivery.systemtest.FoodApi.post;
import static org.fooddelivery.systemtest.FoodApi.put;
import static org.fooddelivery.systemtest.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Operators' surfaces are the admin's only: metrics (basic authentication of the server's
 * administrator, contract §6: every call but health and OpenAPI needs credentials) and every drill
 * and repair endpoint of the services.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperatorSurfacesIT {

    private static final List<String> NOT_ADMINS = List.of("customer1", "owner1", "rider1");

    @Deployment(testable = false)
    static WebArchive probe() {
        return Probe.empty("operator-surfaces-probe");
    }

    @Test
    void metricsAnswerOnlyTheAdmin() {
        for (String path : List.of("/metrics", "/metrics?scope=base", "/metrics?scope=application")) {
            FoodApi.Reply plain = FoodApi.send(FoodApi.authorized(null, path).GET());
            assertNotEquals(200, plain.status(), "no metrics without credentials on the HTTP port: " + path);
            assertEquals(401, FoodApi.sendTls(HttpRequest.newBuilder(URI.create(FoodApi.TLS_BASE_URL + path)).GET()).status(),
                    "no metrics without credentials on the TLS port: " + path);
            assertEquals(401, FoodApi.sendTls(HttpRequest.newBuilder(URI.create(FoodApi.TLS_BASE_URL + path))
                    .header("Authorization", "Bearer " + FoodApi.token("admin")).GET()).status(),
                    "a bearer token is no operator's password: " + path);
            assertEquals(403, FoodApi.operator("customer1", path).status(), "a customer reads no metrics: " + path);
        }
        FoodApi.Reply admin = FoodApi.operator("admin", "/metrics?scope=base");
        assertEquals(200, admin.status(), admin::toString);
        assertTrue(admin.body().contains("ft_"), "the admin reads the fault-tolerance metrics");
        assertEquals(200, FoodApi.send(FoodApi.authorized(null, "/health/ready").GET()).status(), "health stays open");
        assertEquals(200, FoodApi.send(FoodApi.authorized(null, "/openapi").GET()).status(), "OpenAPI stays open");
    }

    @Test
    void everyDrillAndRepairEndpointIsTheAdminsOnly() {
        String unknown = "no-such-" + UUID.randomUUID();
        for (String user : NOT_ADMINS) {
            assertProblem(403, get(user, "/standins/acquirer/faults"));
            assertProblem(403, put(user, "/standins/acquirer/faults", "{\"delayMs\": 0, \"failurePercent\": 100}"));
            assertProblem(403, post(user, "/orders/admin/tracking/rebuild", "{}"));
            assertProblem(403, get(user, "/orders/admin/unanswered-requests"));
            assertProblem(403, get(user, "/delivery/admin/unpicked-deliveries"));
            assertProblem(403, post(user, "/notifications/" + unknown + "/resend", "{}"));
            assertProblem(403, get(user, "/standins/kakao/received"));
            assertProblem(403, get(user, "/standins/kakao/faults"));
            assertProblem(403, put(user, "/standins/kakao/faults",
                    "{\"delayMs\": 0, \"failurePercent\": 100, \"failNext\": 0}"));
        }
        FoodApi.Reply faults = get("admin", "/standins/acquirer/faults");
        assertEquals(200, faults.status(), faults::toString);
        assertEquals(0, faults.json().getInt("failurePercent"), "nobody above changed the faults");
        assertEquals(200, get("admin", "/standins/kakao/faults").status());
        assertProblem(404, post("admin", "/notifications/" + unknown + "/resend", "{}"));
    }
}
