package org.fooddelivery.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Readiness must say what a load balancer needs to know: a service whose database is gone is not
 * ready, and says which dependency is missing; once the database is back, it is ready again by
 * itself. Checked inside the server by shutting payment's embedded Derby database down, as a
 * crashed or unreachable database looks to the connection pool.
 */
@ExtendWith(ArquillianExtension.class)
class ReadinessIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Deployment
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "readiness-probe.war").addPackage(FoodApi.class.getPackage());
    }

    @Test
    void aServiceWithoutItsDatabaseIsNotReadyAndRecoversByItself() throws Exception {
        assertEquals("UP", paymentCheck().getString("status"), "ready before");

        shutDownDatabase("jdbc/paymentDS");

        JsonObject down = Saga.await(() -> Optional.of(readiness())
                .filter(reply -> reply.statusCode() == 503)
                .map(reply -> paymentCheckOf(reply.body()))
                .filter(check -> "DOWN".equals(check.getString("status"))), "readiness to report payment DOWN");
        String database = down.getJsonObject("data").getString("database");
        assertTrue(database.startsWith("DOWN"), () -> "the check names the database: " + down);
        assertEquals("UP", down.getJsonObject("data").getString("messaging"), "only the database is missing");

        // The pool drops the dead connections; the next one boots the database again.
        Saga.await(() -> Optional.of(readiness()).filter(reply -> reply.statusCode() == 200),
                Duration.ofSeconds(60), "readiness to be UP again once the database is back");
        assertEquals("UP", paymentCheck().getString("status"));
    }

    /** Derby's embedded engine closes a database on a shutdown URL; every open connection dies. */
    private static void shutDownDatabase(String dataSource) throws Exception {
        String url;
        ClassLoader derby;
        try (Connection connection = InsideServer.database(dataSource)) {
            url = connection.getMetaData().getURL();
            derby = vendorClassLoader(connection);
        }
        Driver driver = (Driver) Class.forName("org.apache.derby.iapi.jdbc.AutoloadedDriver", true, derby)
                .getDeclaredConstructor().newInstance();
        try {
            driver.connect(url + ";shutdown=true", new Properties());
        } catch (SQLException shutDown) {
            assertEquals("08006", shutDown.getSQLState(), () -> "Derby shut the database down: " + shutDown);
        }
    }

    /**
     * The shutdown must reach the engine instance that runs the database, which is loaded by
     * Liberty's JDBC library: found as the loader of the Derby connection inside Liberty's wrapper.
     */
    private static ClassLoader vendorClassLoader(Connection wrapper) throws IllegalAccessException {
        for (Class<?> type = wrapper.getClass(); type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
                    continue;
                }
                field.setAccessible(true);
                Object value = field.get(wrapper);
                if (value != null && value.getClass().getName().startsWith("org.apache.derby")) {
                    return value.getClass().getClassLoader();
                }
            }
        }
        throw new AssertionError("no Derby connection inside " + wrapper.getClass());
    }

    private static HttpResponse<String> readiness() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(FoodApi.BASE_URL + "/health/ready"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject paymentCheck() {
        return paymentCheckOf(readiness().body());
    }

    private static JsonObject paymentCheckOf(String body) {
        return Json.createReader(new StringReader(body)).readObject()
                .getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(check -> check.getString("name").equals("payment-dependencies"))
                .findFirst().orElseThrow(() -> new AssertionError("no payment check in " + body));
    }
}
