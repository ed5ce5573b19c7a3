package org.fooddelivery.systemtest;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Optional;

import static org.fooddelivery.systemtest.FoodApi.put;
import static org.fooddelivery.systemtest.Saga.awaitOrder;
import static org.fooddelivery.systemtest.Saga.awaitTicket;
import static org.fooddelivery.systemtest.Saga.payment;
import static org.fooddelivery.systemtest.Saga.setStock;
import static org.fooddelivery.systemtest.Saga.stock;
import static org.fooddelivery.systemtest.Saga.ticketCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The kitchen is where "too late to change" is decided. order-war accepts a change while it
 * believes the order is not cooking yet; if the kitchen started meanwhile, the kitchen refuses the
 * change and the order stays as it was. Made deterministic here (the race tests reach it only by
 * timing): order-war's listener of kitchen events is paused, so it has not heard of the start
 * when the customer asks for the change.
 */
@ExtendWith(ArquillianExtension.class)
class KitchenRefusesLateChangeIT {

    private static final long STORE = 1;
    private static final long DISH = 14; // Cola 1.25L, 2500
    private static final long PRICE = 2500;

    @Deployment
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "late-change-probe.war").addPackage(FoodApi.class.getPackage());
    }

    @AfterEach
    void resumeAndClose() throws Exception {
        InsideServer.listener("order", "KitchenEventsListener", false);
        Saga.closeLeftovers();
    }

    @Test
    void aChangeThatReachesTheKitchenAfterCookingStartedIsRefusedAndNothingChanges() throws Exception {
        setStock("owner1", STORE, DISH, 1000);
        int stockBefore = stock(STORE, DISH);
        String id = StartRace.acceptedOrder("customer1", "owner1", STORE, DISH);

        InsideServer.listener("order", "KitchenEventsListener", true);
        assertEquals(200, ticketCommand("owner1", id, "start").status());
        FoodApi.Reply change = put("customer1", "/orders/" + id + "/items",
                "{\"items\": [{\"menuId\": " + DISH + ", \"quantity\": 2}]}");
        assertEquals(202, change.status(), "order-war has not heard of the start yet: " + change);
        Saga.await(() -> Optional.of(InsideServer.countRows("jdbc/kitchenDS", "SELECT COUNT(*) FROM PROCESSED_EVENT"
                        + " WHERE ORDERID = ? AND EVENTTYPE = 'OrderChangeRequested'", id)).filter(n -> n == 1),
                "the kitchen to answer the change request");
        InsideServer.listener("order", "KitchenEventsListener", false);

        JsonObject order = awaitOrder("customer1", id, o -> "COOKING".equals(o.getString("status"))
                && o.getJsonObject("request") != null && "REFUSED".equals(o.getJsonObject("request").getString("outcome")),
                "the order cooking, its change refused by the kitchen");
        assertEquals(1, order.getJsonArray("items").getJsonObject(0).getInt("quantity"), "the order as it was: " + order);
        assertEquals(PRICE, order.getJsonNumber("totalAmount").longValue(), "priced as it was");
        JsonObject ticket = awaitTicket("owner1", id, "COOKING");
        assertEquals(1, ticket.getJsonArray("items").getJsonObject(0).getInt("quantity"), "the kitchen cooks one: " + ticket);
        JsonObject charge = payment("customer1", id);
        assertEquals(PRICE, charge.getJsonNumber("amount").longValue() - charge.getJsonNumber("refundedAmount").longValue(),
                "charged for one: " + charge);
        assertEquals(stockBefore - 1, stock(STORE, DISH), "one portion taken");
    }
}
