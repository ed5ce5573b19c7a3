package org.fooddelivery.systemtest;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.fooddelivery.systemtest.FoodApi.post;
import static org.fooddelivery.systemtest.FoodApi.put;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Money movements and operators' actions leave one searchable AUDIT line each: what, who, which order. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditTrailIT {

    private static final Path LOG = Path.of(System.getProperty("food.serverDir"), "logs", "messages.log");

    @Deployment(testable = false)
    static WebArchive probe() {
        return Probe.empty("audit-trail-probe");
    }

    @AfterEach
    void closeWhatWasLeftOpen() {
        Saga.closeLeftovers();
    }

    @Test
    void chargesRefundsAndAdminActionsAreAudited() {
        String id = Saga.place("customer1", 1, 12, 1);
        awaitAudit("action=payment.charged actor=order-service orderId=" + id + " detail=\"payment \\S+ customer customer1 amount ");
        post("customer1", "/orders/" + id + "/cancel", "{}");
        Saga.awaitPayment("customer1", id, "REFUNDED");
        awaitAudit("action=payment.refunded actor=system orderId=" + id + " ");

        assertEquals(200, put("admin", "/standins/acquirer/faults", "{\"delayMs\": 0, \"failurePercent\": 0}").status());
        awaitAudit("action=standin.acquirer.faults.set actor=admin orderId=- ");
        assertEquals(200, put("admin", "/standins/kakao/faults", "{\"delayMs\": 0, \"failurePercent\": 0}").status());
        awaitAudit("action=standin.kakao.faults.set actor=admin orderId=- ");
        assertEquals(200, post("admin", "/orders/admin/tracking/rebuild", "{}").status());
        awaitAudit("action=tracking.rebuilt actor=admin orderId=- ");
    }

    private static void awaitAudit(String expected) {
        Pattern line = Pattern.compile("AUDIT " + expected.replace(".", "\\."));
        Saga.await(() -> Optional.of(log()).filter(text -> line.matcher(text).find()), "the audit line " + expected);
    }

    private static String log() {
        try {
            return Files.readString(LOG, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
