package org.fooddelivery.systemtest;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;

import static org.fooddelivery.systemtest.FoodApi.get;
import static org.fooddelivery.systemtest.FoodApi.post;
import static org.fooddelivery.systemtest.ProblemAssertions.assertProblem;
import static org.fooddelivery.systemtest.Saga.awaitStatus;
import static org.fooddelivery.systemtest.Saga.awaitTicket;
import static org.fooddelivery.systemtest.Saga.cook;
import static org.fooddelivery.systemtest.Saga.place;
import static org.fooddelivery.systemtest.Saga.setStock;
import static org.fooddelivery.systemtest.Saga.ticketCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** F9, A2: the customer's tracking read model follows the saga from every service's events. */
@ExtendWith(ArquillianExtension.class)
class TrackingIT {

    /** Inside the server, so the rebuild test can reach the read model's own tables. */
    @Deployment
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "tracking-probe.war").addPackage(FoodApi.class.getPackage());
    }

    @AfterEach
    void closeWhatWasLeftOpen() {
        Saga.closeLeftovers();
    }

    static JsonObject awaitTracking(String customer, String orderId, String status, String paymentStatus) {
        return Saga.await(() -> {
            FoodApi.Reply reply = get(customer, "/orders/" + orderId + "/tracking");
            return reply.status() == 200 && status.equals(reply.json().getString("status"))
                    && paymentStatus.equals(reply.json().getString("paymentStatus", ""))
                    ? Optional.of(reply.json()) : Optional.empty();
        }, "tracking of " + orderId + " to show " + status + " / " + paymentStatus);
    }

    static List<String> timeline(JsonObject tracking) {
        return tracking.getJsonArray("timeline").stream().map(JsonValue::asJsonObject)
                .map(step -> step.getString("status")).toList();
    }

    @Test
    void followsACompletedOrderThroughEveryStep() {
        setStock("owner1", 1, 11, 500);
        String id = place("customer1", 1, 11, 1);
        cook("owner1", id);
        awaitStatus("customer1", id, "READY");
        assertEquals(200, post("rider1", "/delivery/deliveries/" + id + "/pickup", "{}").status());
        awaitStatus("customer1", id, "PICKED_UP");
        assertEquals(200, post("customer1", "/orders/" + id + "/confirm-delivery", "{}").status());

        JsonObject tracking = awaitTracking("customer1", id, "COMPLETED", "SETTLED");

        assertEquals(id, tracking.getString("orderId"));
        assertEquals("Gangnam Chicken House", tracking.getString("storeName"));
        assertEquals(18000, tracking.getJsonNumber("totalAmount").longValue());
        assertEquals("rider1", tracking.getString("riderId"));
        assertEquals(List.of("PLACED", "ACCEPTED", "COOKING", "READY", "PICKED_UP", "COMPLETED"), timeline(tracking));
    }

    @Test
    void showsARejectedAndACancelledOrderRefunded() {
        setStock("owner2", 2, 21, 500);
        String rejected = place("customer2", 2, 21, 1);
        awaitTicket("owner2", rejected, "RECEIVED");
        assertEquals(200, post("owner2", "/kitchen/tickets/" + rejected + "/reject", "{\"reason\": \"no rice\"}").status());
        String cancelled = place("customer2", 2, 21, 1);
        awaitTicket("owner2", cancelled, "RECEIVED");
        assertEquals(202, post("customer2", "/orders/" + cancelled + "/cancel", "{}").status());

        JsonObject rejectedView = awaitTracking("customer2", rejected, "REJECTED", "REFUNDED");
        assertEquals("no rice", rejectedView.getString("reason"));
        assertEquals(List.of("PLACED", "REJECTED"), timeline(rejectedView));
        JsonObject cancelledView = awaitTracking("customer2", cancelled, "CANCELLED", "REFUNDED");
        assertEquals(List.of("PLACED", "CANCEL_REQUESTED", "CANCELLED"), timeline(cancelledView));
    }

    @Test
    void showsAChangedTotal() {
        setStock("owner2", 2, 22, 500);
        String id = place("customer2", 2, 22, 1);
        awaitTicket("owner2", id, "RECEIVED");
        assertEquals(202, FoodApi.put("customer2", "/orders/" + id + "/items",
                "{\"items\": [{\"menuId\": 22, \"quantity\": 3}]}").status());

        JsonObject view = Saga.await(() -> Optional.of(get("customer2", "/orders/" + id + "/tracking"))
                .filter(r -> r.status() == 200 && r.json().getJsonNumber("totalAmount").longValue() == 12000)
                .map(FoodApi.Reply::json), "tracking to show the new total");
        assertEquals("PLACED", view.getString("status"));
        assertTrue(timeline(view).contains("CHANGE_REQUESTED"));
    }

    @Test
    void listsOnlyTheCallersOrdersNewestFirstInPages() {
        setStock("owner1", 1, 13, 500);
        String older = place("customer1", 1, 13, 1);
        String newer = place("customer1", 1, 13, 1);
        Saga.await(() -> Optional.of(get("customer1", "/orders?page=0&size=2"))
                .filter(r -> r.array().size() == 2 && newer.equals(r.array().getJsonObject(0).getString("orderId"))
                        && older.equals(r.array().getJsonObject(1).getString("orderId"))),
                "both orders listed, newest first");

        FoodApi.Reply firstPage = get("customer1", "/orders?page=0&size=2");
        long total = Long.parseLong(firstPage.header("X-Total-Count"));
        assertTrue(total >= 2);
        JsonArray secondPage = get("customer1", "/orders?page=1&size=2").array();
        assertTrue(secondPage.stream().noneMatch(o -> newer.equals(o.asJsonObject().getString("orderId"))));
        assertTrue(get("customer2", "/orders?size=100").array().stream()
                .noneMatch(o -> newer.equals(o.asJsonObject().getString("orderId"))), "customer2 never sees it");

        assertProblem(403, get("customer2", "/orders/" + newer + "/tracking"));
        assertProblem(404, get("customer1", "/orders/no-such-order/tracking"));
        assertProblem(400, get("customer1", "/orders?size=0"));
        assertProblem(400, get("customer1", "/orders?size=101"));
        assertProblem(400, get("customer1", "/orders?page=-1"));
        assertProblem(400, get("customer1", "/orders?page=2147483647"));
        assertProblem(403, get("owner1", "/orders"));
    }

    @Test
    void rebuildingGivesTheSameView() throws Exception {
        String id = place("customer1", 1, 13, 2);
        awaitTicket("owner1", id, "RECEIVED");
        assertEquals(200, ticketCommand("owner1", id, "accept").status());
        JsonObject before = awaitTracking("customer1", id, "ACCEPTED", "APPROVED");
        // Damage the stored view behind the projection's back: only a rebuild that drops the view
        // and replays the journal puts it right again (a no-op would leave the damage in the table).
        assertEquals(1, update("UPDATE ORDER_TRACKING SET STATUS = 'DAMAGED', TOTALAMOUNT = 1 WHERE ORDERID = ?", id));
        assertTrue(update("DELETE FROM TRACKING_TIMELINE WHERE ORDER_ID = ?", id) > 0);

        FoodApi.Reply rebuilt = post("admin", "/orders/admin/tracking/rebuild", "{}");

        assertEquals(200, rebuilt.status(), rebuilt::toString);
        assertTrue(rebuilt.json().getJsonNumber("replayedEvents").longValue() > 0);
        assertEquals("ACCEPTED " + before.getJsonNumber("totalAmount").longValue(), stored("SELECT STATUS || ' ' || CAST(TOTALAMOUNT AS CHAR(20)) FROM ORDER_TRACKING WHERE ORDERID = ?", id).trim(),
                "the stored view recomputed from the journal");
        assertEquals(String.valueOf(timeline(before).size()),
                stored("SELECT CAST(COUNT(*) AS CHAR(20)) FROM TRACKING_TIMELINE WHERE ORDER_ID = ?", id).trim(), "the timeline replayed");
        assertEquals(before, get("customer1", "/orders/" + id + "/tracking").json());
        assertProblem(403, post("customer1", "/orders/admin/tracking/rebuild", "{}"));
    }

    private static int update(String sql, String orderId) throws Exception {
        try (Connection c = orderDatabase().getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setString(1, orderId);
            return statement.executeUpdate();
        }
    }

    private static String stored(String sql, String orderId) throws Exception {
        try (Connection c = orderDatabase().getConnection(); PreparedStatement query = c.prepareStatement(sql)) {
            query.setString(1, orderId);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getString(1) : "no row";
            }
        }
    }

    private static DataSource orderDatabase() throws Exception {
        return (DataSource) new InitialContext().lookup("jdbc/orderDS");
    }
}
