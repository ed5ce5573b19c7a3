package org.fooddelivery.systemtest;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.List;
import java.util.stream.Collectors;

import static org.fooddelivery.systemtest.FoodApi.get;

/**
 * What a client can observe of the platform that only a successful request may change, read
 * synchronously: stores and their thank-you texts, dishes with price and stock on hand (not what
 * open orders reserve, which the saga changes on its own), how many orders each customer has, a
 * finished order with its payments, and the payment drill's faults. Compared before and after a
 * refused request.
 */
record PlatformState(String stores, String dishes, String orderCounts, String finishedOrder, String payments,
                     String faults) {

    /** A cancelled order of customer1 (terminal: nothing but a bug changes it), set by {@link ApiFuzzIT}. */
    static String finishedOrderId;

    static PlatformState read() {
        return new PlatformState(
                get("customer1", "/kitchen/stores").body(),
                dishes("owner1", 1) + dishes("owner2", 2),
                List.of("customer1", "customer2").stream().map(c -> get(c, "/orders?size=1").header("X-Total-Count"))
                        .collect(Collectors.joining(",")),
                get("customer1", "/orders/" + finishedOrderId).body(),
                get("admin", "/payments?orderId=" + finishedOrderId).body(),
                get("admin", "/standins/acquirer/faults").body());
    }

    private static String dishes(String owner, long storeId) {
        return get(owner, "/kitchen/stores/" + storeId + "/menu").array().stream().map(JsonValue::asJsonObject)
                .map(PlatformState::dish).collect(Collectors.joining(";"));
    }

    private static String dish(JsonObject d) {
        return d.getInt("id") + ":" + d.getString("name") + ":" + d.get("price") + ":" + d.get("onHand");
    }
}
