package org.fooddelivery.systemtest;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.JsonObject;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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
        assertProblem(401, FoodApi.send(FoodApi.authorized(null, "/delivery/deliveries?area=gangnam").GET()));
        assertProblem(401, FoodApi.send(FoodApi.authorized(null, "/delivery/deliveries/x").GET()));
        assertProblem(401, FoodApi.send(FoodApi.authorized(null, "/delivery/deliveries/x/pickup")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))));
        assertProblem(401, FoodApi.send(FoodApi.authorized(null, "/notifications?orderId=x").GET()));
        assertProblem(401, FoodApi.send(FoodApi.authorized(null, "/notifications/x/resend")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))));
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
        assertProblem(403, put("customer1", "/standins/acquirer/faults", "{\"delayMs\": 0, \"failurePercent\": 100}"));
    }

    @Test
    void someoneElsesOrderIs403AndAnUnknownOne404() {
        String id = Saga.place("customer1", 1, 12, 1);

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

    @Test
    void anotherCustomerCannotCancelChangeOrConfirmAnOrder() {
        String id = Saga.place("customer1", 1, 12, 1);
        Saga.awaitTicket("owner1", id, "RECEIVED");
        JsonObject before = Saga.order("customer1", id);

        assertProblem(403, post("customer2", "/orders/" + id + "/cancel", "{}"));
        assertProblem(403, put("customer2", "/orders/" + id + "/items", "{\"items\": [{\"menuId\": 12, \"quantity\": 2}]}"));
        assertProblem(403, post("customer2", "/orders/" + id + "/confirm-delivery", "{}"));
        assertProblem(403, post("owner1", "/orders/" + id + "/cancel", "{}"));

        assertEquals(before, Saga.order("customer1", id), "the order is as it was");
        Saga.awaitTicket("owner1", id, "RECEIVED");
    }

    @Test
    void onlyARiderPicksUpAndOnlyTheStoresOwnerThanks() {
        String id = Saga.place("customer1", 1, 12, 1);
        Saga.cook("owner1", id);
        Saga.awaitStatus("customer1", id, "READY");
        Saga.await(() -> Optional.of(get("rider1", "/delivery/deliveries/" + id)).filter(r -> r.status() == 200),
                "the delivery to be offered");

        assertProblem(403, post("customer1", "/delivery/deliveries/" + id + "/pickup", "{}"));
        assertProblem(403, post("owner1", "/delivery/deliveries/" + id + "/pickup", "{}"));
        assertEquals("READY_FOR_PICKUP", get("rider1", "/delivery/deliveries/" + id).json().getString("status"), "still free");
        assertProblem(403, get("customer2", "/delivery/deliveries/" + id));

        assertProblem(403, put("owner1", "/kitchen/stores/2/thank-you", "{\"message\": \"not my store\"}"));
        assertProblem(403, put("customer1", "/kitchen/stores/1/thank-you", "{\"message\": \"not an owner\"}"));
        assertProblem(403, post("customer1", "/kitchen/tickets/" + id + "/thanks", "{\"message\": \"not an owner\"}"));
        assertProblem(403, post("owner2", "/kitchen/tickets/" + id + "/start", "{}"));
        assertProblem(403, put("customer1", "/standins/kakao/faults",
                "{\"delayMs\": 0, \"failurePercent\": 100}"));
    }

    @Test
    void commandsOnUnknownOrdersAre404() {
        String unknown = "no-such-order-" + UUID.randomUUID();
        assertProblem(404, post("customer1", "/orders/" + unknown + "/cancel", "{}"));
        assertProblem(404, put("customer1", "/orders/" + unknown + "/items", "{\"items\": [{\"menuId\": 11, \"quantity\": 1}]}"));
        assertProblem(404, post("customer1", "/orders/" + unknown + "/confirm-delivery", "{}"));
        for (String command : List.of("accept", "start", "finish")) {
            assertProblem(404, post("owner1", "/kitchen/tickets/" + unknown + "/" + command, "{}"));
        }
        assertProblem(404, post("owner1", "/kitchen/tickets/" + unknown + "/reject", "{\"reason\": \"x\"}"));
        assertProblem(404, post("owner1", "/kitchen/tickets/" + unknown + "/thanks", "{\"message\": \"x\"}"));
        assertProblem(404, get("rider1", "/delivery/deliveries/" + unknown));
        assertProblem(404, post("rider1", "/delivery/deliveries/" + unknown + "/pickup", "{}"));
        assertProblem(404, post("admin", "/notifications/" + unknown + "/resend", "{}"));
        assertProblem(404, put("owner1", "/kitchen/stores/99/thank-you", "{\"message\": \"x\"}"));
    }
}
