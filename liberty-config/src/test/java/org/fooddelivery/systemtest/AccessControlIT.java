package org.fooddelivery.systemtest;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpRequest;

import static org.fooddelivery.systemtest.FoodApi.GOOD_CARD;
import static org.fooddelivery.systemtest.FoodApi.get;
import static org.fooddelivery.systemtest.FoodApi.orderJson;
import static org.fooddelivery.systemtest.FoodApi.post;
import static org.fooddelivery.systemtest.FoodApi.put;
import static org.fooddelivery.systemtest.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** 401 without a valid token, 403 outside one's role or on someone else's resource, all problem+json. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessControlIT {

    @Deployment(testable = false)
    static WebArchive probe() {
        return Probe.empty("access-control-probe");
    }

    @AfterEach
    void closeWhatWasLeftOpen() {
        Saga.closeLeftovers();
    }

    @Test
    void noTokenIs401() {
        assertProblem(401, FoodApi.send(FoodApi.authorized(null, "/kitchen/stores").GET()));
        assertProblem(401, FoodApi.send(FoodApi.authorized(null, "/orders")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(orderJson(1, 11, 1, GOOD_CARD)))));
        assertProblem(401, FoodApi.send(FoodApi.authorized(null, "/payments?orderId=x").GET()));
    }

    @Test
    void forgedTokenIs401() {
        String token = FoodApi.token("customer1");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        FoodApi.Reply reply = FoodApi.send(FoodApi.authorized(null, "/kitchen/stores")
                .header("Authorization", "Bearer " + forged).GET());
        assertProblem(401, reply);
    }

    @Test
    void wrongRoleIs403() {
        assertProblem(403, post("owner1", "/orders", orderJson(1, 11, 1, GOOD_CARD)));
        assertProblem(403, post("rider1", "/orders", orderJson(1, 11, 1, GOOD_CARD)));
        assertProblem(403, put("customer1", "/kitchen/stores/1/menu/11/stock", "{\"stock\": 5}"));
        assertProblem(403, put("customer1", "/payments/admin/faults", "{\"delayMs\": 0, \"failurePercent\": 100}"));
    }

    @Test
    void someoneElsesOrderIs403AndAnUnknownOne404() {
        String id = post("customer1", "/orders", orderJson(1, 12, 1, GOOD_CARD)).json().getString("id");

        assertProblem(403, get("customer2", "/orders/" + id));
        assertProblem(403, get("customer2", "/payments?orderId=" + id));
        assertProblem(404, get("customer1", "/orders/no-such-order"));
    }

    @Test
    void onlyTheStoresOwnerSetsItsStock() {
        assertProblem(403, put("owner2", "/kitchen/stores/1/menu/14/stock", "{\"stock\": 7}"));

        FoodApi.Reply set = put("owner1", "/kitchen/stores/1/menu/14/stock", "{\"stock\": 77}");
        assertEquals(200, set.status(), set::toString);
        assertEquals(77, set.json().getInt("stock"));
        assertEquals(77, get("customer1", "/kitchen/stores/1/menu").array().stream()
                .map(v -> v.asJsonObject()).filter(m -> m.getInt("id") == 14).findFirst().orElseThrow().getInt("stock"));

        assertProblem(400, put("owner1", "/kitchen/stores/1/menu/14/stock", "{\"stock\": -1}"));
        assertProblem(400, put("owner1", "/kitchen/stores/1/menu/14/stock", "{}"));
        assertProblem(404, put("owner1", "/kitchen/stores/1/menu/21/stock", "{\"stock\": 1}"));
        assertProblem(404, put("owner1", "/kitchen/stores/99/menu/11/stock", "{\"stock\": 1}"));
    }
}
