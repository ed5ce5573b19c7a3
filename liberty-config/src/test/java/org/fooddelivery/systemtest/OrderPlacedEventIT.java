package org.fooddelivery.systemtest;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import java.io.StringReader;
import java.time.Instant;

import static org.fooddelivery.systemtest.FoodApi.DECLINED_CARD;
import static org.fooddelivery.systemtest.FoodApi.GOOD_CARD;
import static org.fooddelivery.systemtest.FoodApi.orderJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A test subscriber on the real order topic of the embedded messaging engine: a paid order is
 * announced once with contract §4's envelope; a declined one is never announced.
 */
@ExtendWith(ArquillianExtension.class)
class OrderPlacedEventIT {

    @Deployment
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "order-event-probe.war").addPackage(FoodApi.class.getPackage());
    }

    @AfterEach
    void closeWhatWasLeftOpen() {
        Saga.closeLeftovers();
    }

    @Test
    void paidOrderIsAnnouncedWithTheEnvelopeAndDeclinedOneIsNot() throws Exception {
        ConnectionFactory factory = (ConnectionFactory) new InitialContext().lookup("jms/foodConnectionFactory");
        Topic orderEvents = (Topic) new InitialContext().lookup("jms/topic/orderEvents");
        try (JMSContext context = factory.createContext();
             JMSConsumer subscriber = context.createConsumer(orderEvents, "eventType = 'OrderPlaced'")) {

            assertEquals(402, Saga.placeOrder("customer2", orderJson(2, 22, 1, DECLINED_CARD)).status());
            FoodApi.Reply placed = Saga.placeOrder("customer1", orderJson(1, 12, 3, GOOD_CARD));
            assertEquals(201, placed.status(), placed::toString);
            String orderId = placed.json().getString("id");

            // The declined order published nothing, so the first OrderPlaced we see is the paid one.
            Message message = subscriber.receive(15_000);
            assertNotNull(message, "OrderPlaced should arrive");
            assertEquals(orderId, message.getJMSCorrelationID());
            assertEquals("OrderPlaced", message.getStringProperty("eventType"));

            JsonObject envelope = Json.createReader(new StringReader(((TextMessage) message).getText())).readObject();
            assertEquals("OrderPlaced", envelope.getString("eventType"));
            assertEquals(orderId, envelope.getString("orderId"));
            assertEquals(message.getStringProperty("eventId"), envelope.getString("eventId"));
            assertTrue(Instant.parse(envelope.getString("occurredAt")).isBefore(Instant.now().plusSeconds(1)));

            JsonObject payload = envelope.getJsonObject("payload");
            assertEquals(orderId, payload.getString("orderId"));
            assertEquals("customer1", payload.getString("customerId"));
            assertEquals(1, payload.getInt("storeId"));
            assertEquals(placed.json().getJsonNumber("totalAmount").longValue(), payload.getJsonNumber("totalAmount").longValue());
            assertEquals(3, payload.getJsonArray("items").getJsonObject(0).getInt("quantity"));
            assertEquals("gangnam", payload.getJsonObject("deliveryAddress").getString("area"));
            assertNotNull(payload.getString("paymentId"));

            assertEquals(null, subscriber.receive(1_000), "announced exactly once");
        }
    }
}
