package org.fooddelivery.systemtest;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.ResultSet;

import static org.fooddelivery.systemtest.FoodApi.GOOD_CARD;
import static org.fooddelivery.systemtest.FoodApi.post;
import static org.fooddelivery.systemtest.ProblemAssertions.assertInvalid;
import static org.fooddelivery.systemtest.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every bad request is a 400 that names what was wrong, and changes nothing: runs inside the
 * server so it can count the rows of order's and payment's own databases before and after.
 */
@ExtendWith(ArquillianExtension.class)
class OrderValidationIT {

    @Deployment
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "order-validation-probe.war").addPackage(FoodApi.class.getPackage());
    }

    private long ordersBefore;
    private long paymentsBefore;

    @BeforeEach
    void countRows() throws Exception {
        ordersBefore = count("jdbc/orderDS", "CUSTOMER_ORDER");
        paymentsBefore = count("jdbc/paymentDS", "PAYMENT");
    }

    @AfterEach
    void nothingWasStored() throws Exception {
        assertEquals(ordersBefore, count("jdbc/orderDS", "CUSTOMER_ORDER"), "no order stored");
        assertEquals(paymentsBefore, count("jdbc/paymentDS", "PAYMENT"), "no payment attempted");
    }

    @Test
    void malformedJsonIs400() {
        assertInvalid("JSON", post("customer1", "/orders", "{\"storeId\": 1, \"items\": ["));
        assertInvalid("JSON", post("customer1", "/orders", "not json at all"));
        assertInvalid("JSON", post("customer1", "/orders", orderJson("\"one\"", "11", "1")));
    }

    @Test
    void emptyOrMissingItemsAre400() {
        assertInvalid("items", post("customer1", "/orders", """
                {"storeId": 1, "items": [], "deliveryAddress": {"area": "gangnam", "street": "x"},
                 "card": {"number": "4111111111111111"}}"""));
        assertInvalid("items", post("customer1", "/orders", """
                {"storeId": 1, "deliveryAddress": {"area": "gangnam", "street": "x"},
                 "card": {"number": "4111111111111111"}}"""));
    }

    @Test
    void zeroNegativeAndHugeQuantitiesAre400() {
        assertInvalid("items[0].quantity", post("customer1", "/orders", orderJson("1", "11", "0")));
        assertInvalid("items[0].quantity", post("customer1", "/orders", orderJson("1", "11", "-3")));
        assertInvalid("items[0].quantity", post("customer1", "/orders", orderJson("1", "11", "100")));
        assertProblem(400, post("customer1", "/orders", orderJson("1", "11", "99999999999999")));
        assertProblem(400, post("customer1", "/orders", orderJson("1", "11", "1.5")));
    }

    @Test
    void unknownStoreOrMenuIs400() {
        assertInvalid("storeId", post("customer1", "/orders", orderJson("999", "11", "1")));
        assertInvalid("items[0].menuId", post("customer1", "/orders", orderJson("1", "999", "1")));
        assertInvalid("items[0].menuId", post("customer1", "/orders", orderJson("1", "21", "1")));
        assertInvalid("items[1].menuId", post("customer1", "/orders", """
                {"storeId": 1, "items": [{"menuId": 11, "quantity": 1}, {"menuId": 11, "quantity": 2}],
                 "deliveryAddress": {"area": "gangnam", "street": "x"}, "card": {"number": "4111111111111111"}}"""));
    }

    @Test
    void badCardOrMissingAddressIs400() {
        assertInvalid("card.number", post("customer1", "/orders", """
                {"storeId": 1, "items": [{"menuId": 11, "quantity": 1}],
                 "deliveryAddress": {"area": "gangnam", "street": "x"}, "card": {"number": "4111-1111"}}"""));
        assertInvalid("card", post("customer1", "/orders", """
                {"storeId": 1, "items": [{"menuId": 11, "quantity": 1}],
                 "deliveryAddress": {"area": "gangnam", "street": "x"}}"""));
        assertInvalid("deliveryAddress", post("customer1", "/orders", """
                {"storeId": 1, "items": [{"menuId": 11, "quantity": 1}], "card": {"number": "4111111111111111"}}"""));
        assertInvalid("deliveryAddress.area", post("customer1", "/orders", """
                {"storeId": 1, "items": [{"menuId": 11, "quantity": 1}], "deliveryAddress": {"street": "x"},
                 "card": {"number": "4111111111111111"}}"""));
        assertInvalid("deliveryAddress.lat", post("customer1", "/orders", """
                {"storeId": 1, "items": [{"menuId": 11, "quantity": 1}],
                 "deliveryAddress": {"area": "gangnam", "street": "x", "lat": 91, "lng": 0},
                 "card": {"number": "4111111111111111"}}"""));
    }

    @Test
    void jaxRsOwnErrorsAreProblemsToo() {
        assertProblem(415, FoodApi.send(FoodApi.authorized("customer1", "/orders")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello"))));
        assertProblem(405, FoodApi.send(FoodApi.authorized("customer1", "/orders/x")
                .method("DELETE", HttpRequest.BodyPublishers.noBody())));
        assertProblem(404, FoodApi.get("customer1", "/kitchen/no/such/path"));
        assertProblem(404, FoodApi.get("customer1", "/kitchen/stores/999/menu"));
    }

    private static String orderJson(String storeId, String menuId, String quantity) {
        return """
                {"storeId": %s, "items": [{"menuId": %s, "quantity": %s}],
                 "deliveryAddress": {"area": "gangnam", "street": "Teheran-ro 1"},
                 "card": {"number": "%s"}}""".formatted(storeId, menuId, quantity, GOOD_CARD);
    }

    private static long count(String dataSource, String table) throws Exception {
        DataSource ds = (DataSource) new InitialContext().lookup(dataSource);
        try (Connection c = ds.getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
