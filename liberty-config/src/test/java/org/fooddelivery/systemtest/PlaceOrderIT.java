package org.fooddelivery.systemtest;

import jakarta.json.JsonObject;
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
import java.sql.ResultSet;

import static org.fooddelivery.systemtest.FoodApi.DECLINED_CARD;
import static org.fooddelivery.systemtest.FoodApi.GOOD_CARD;
import static org.fooddelivery.systemtest.FoodApi.get;
import static org.fooddelivery.systemtest.FoodApi.orderJson;
import static org.fooddelivery.systemtest.FoodApi.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** F1, F2, A4 end to end: a token from the identity provider, an order priced, paid and read back. */
@ExtendWith(ArquillianExtension.class)
class PlaceOrderIT {

    /** Inside the server, so the declined card's test can count the rows of order's and payment's databases. */
    @Deployment
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "place-order-probe.war").addPackage(FoodApi.class.getPackage());
    }

    @AfterEach
    void closeWhatWasLeftOpen() {
        Saga.closeLeftovers();
    }

    @Test
    void tokenEndpointTakesSpecFormFieldsAndIssuesJwtWithGroups() {
        FoodApi.Reply reply = FoodApi.tokenRequest("customer1", "password");

        assertEquals(200, reply.status(), reply::toString);
        String[] parts = reply.json().getString("access_token").split("\\.");
        assertEquals(3, parts.length, "a JWT has three parts");
        String claims = new String(java.util.Base64.getUrlDecoder().decode(parts[1]));
        assertTrue(claims.contains("\"sub\":\"customer1\""), claims);
        assertTrue(claims.contains("\"groups\":[\"customer\"]"), claims);
    }

    @Test
    void wrongPasswordGetsNoToken() {
        FoodApi.Reply reply = FoodApi.tokenRequest("customer1", "not-the-password");

        assertTrue(reply.status() >= 400 && reply.status() < 500, reply::toString);
        assertTrue(!reply.body().contains("access_token"), reply::toString);
    }

    @Test
    void storesAndMenusAreSeeded() {
        FoodApi.Reply stores = get("customer1", "/kitchen/stores");
        assertEquals(200, stores.status(), stores::toString);
        JsonObject gangnam = stores.array().getJsonObject(0);
        assertEquals("gangnam", gangnam.getString("area"));
        assertEquals("owner1", gangnam.getString("ownerId"));
        assertEquals("mapo", stores.array().getJsonObject(1).getString("area"));

        FoodApi.Reply menu = get("rider1", "/kitchen/stores/1/menu");
        assertEquals(200, menu.status(), menu::toString);
        assertTrue(menu.array().size() >= 3, menu::toString);
        assertTrue(menu.array().getJsonObject(0).getInt("stock") > 0, menu::toString);
    }

    @Test
    void placedOrderIsPricedFromTheMenuPaidAndReadableByItsCustomer() {
        long unitPrice = get("customer1", "/kitchen/stores/1/menu").array().getJsonObject(0).getJsonNumber("price").longValue();

        FoodApi.Reply placed = Saga.placeOrder("customer1", orderJson(1, 11, 2, GOOD_CARD));

        assertEquals(201, placed.status(), placed::toString);
        JsonObject order = placed.json();
        String id = order.getString("id");
        assertEquals("PLACED", order.getString("status"));
        assertEquals("customer1", order.getString("customerId"));
        assertEquals(2 * unitPrice, order.getJsonNumber("totalAmount").longValue());
        assertEquals(unitPrice, order.getJsonArray("items").getJsonObject(0).getJsonNumber("unitPrice").longValue());
        assertEquals("Fried chicken", order.getJsonArray("items").getJsonObject(0).getString("name"));
        assertEquals("gangnam", order.getJsonObject("deliveryAddress").getString("area"));
        assertNotNull(order.getString("createdAt"));
        assertTrue(placed.header("Location").endsWith("/orders/" + id), placed.header("Location"));

        FoodApi.Reply readBack = get("customer1", "/orders/" + id);
        assertEquals(200, readBack.status(), readBack::toString);
        assertEquals(order, readBack.json());

        FoodApi.Reply payments = get("customer1", "/payments?orderId=" + id);
        assertEquals(200, payments.status(), payments::toString);
        JsonObject payment = payments.array().getJsonObject(0);
        assertEquals("APPROVED", payment.getString("status"));
        assertEquals(2 * unitPrice, payment.getJsonNumber("amount").longValue());
        assertEquals(0, payment.getJsonNumber("refundedAmount").longValue());

        assertEquals(200, get("admin", "/payments?orderId=" + id).status(), "admin sees every payment");
    }

    @Test
    void aPriceInTheRequestIsIgnored() {
        String withPrice = """
                {"storeId": 1, "items": [{"menuId": 13, "quantity": 1, "unitPrice": 1, "price": 1}],
                 "totalAmount": 1,
                 "deliveryAddress": {"area": "gangnam", "street": "Teheran-ro 1"},
                 "card": {"number": "4111111111111111"}}""";

        FoodApi.Reply placed = Saga.placeOrder("customer1", withPrice);

        assertEquals(201, placed.status(), placed::toString);
        assertEquals(1000, placed.json().getJsonNumber("totalAmount").longValue(), "the menu's price, not the client's");
    }

    @Test
    void declinedCardGets402AndNoOrder() throws Exception {
        long orders = count("jdbc/orderDS", "SELECT COUNT(*) FROM CUSTOMER_ORDER");
        long charges = count("jdbc/paymentDS", "SELECT COUNT(*) FROM PAYMENT WHERE STATUS <> 'DECLINED'");
        long declined = count("jdbc/paymentDS", "SELECT COUNT(*) FROM PAYMENT WHERE STATUS = 'DECLINED'");

        FoodApi.Reply reply = Saga.placeOrder("customer2", orderJson(2, 21, 1, DECLINED_CARD));

        assertEquals(402, reply.status(), reply::toString);
        assertEquals("application/problem+json", reply.contentType());
        assertEquals(402, reply.json().getInt("status"));
        assertTrue(reply.json().getString("detail").contains("declined"), reply::toString);
        assertEquals(orders, count("jdbc/orderDS", "SELECT COUNT(*) FROM CUSTOMER_ORDER"), "no order stored");
        assertEquals(charges, count("jdbc/paymentDS", "SELECT COUNT(*) FROM PAYMENT WHERE STATUS <> 'DECLINED'"), "nothing charged");
        assertEquals(declined + 1, count("jdbc/paymentDS", "SELECT COUNT(*) FROM PAYMENT WHERE STATUS = 'DECLINED'"),
                "the declined attempt recorded as such");
    }

    static long count(String dataSource, String sql) throws Exception {
        DataSource ds = (DataSource) new InitialContext().lookup(dataSource);
        try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void chargingOneOrderSeveralTimesAtOnceChargesItOnce() throws Exception {
        String orderId = "charge-once-" + java.util.UUID.randomUUID();
        String charge = "{\"orderId\": \"" + orderId + "\", \"customerId\": \"customer1\", \"amount\": 5000, \"card\": {\"number\": \"4111111111111111\"}}";
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<FoodApi.Reply>> replies = pool.invokeAll(java.util.Collections.nCopies(4,
                    () -> post(FoodApi.SERVICE_USER, "/payments", charge)));
            java.util.Set<String> paymentIds = new java.util.HashSet<>();
            for (java.util.concurrent.Future<FoodApi.Reply> reply : replies) {
                assertEquals(201, reply.get().status(), reply.get()::toString);
                paymentIds.add(reply.get().json().getString("id"));
            }
            assertEquals(1, paymentIds.size(), "every request got the same, single charge");
        } finally {
            pool.shutdown();
        }
        assertEquals(1, get("customer1", "/payments?orderId=" + orderId).array().size());
    }
}
