package org.fooddelivery.systemtest;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Optional;

import static org.fooddelivery.systemtest.FoodApi.get;
import static org.fooddelivery.systemtest.FoodApi.post;
import static org.fooddelivery.systemtest.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * F7: a rider works in the areas they serve (rider1 and rider3 gangnam, rider2 mapo): another
 * area's deliveries are not theirs to list, read (the customer's address) or pick up.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RiderAreasIT {

    @Deployment(testable = false)
    static WebArchive probe() {
        return Probe.empty("rider-areas-probe");
    }

    @AfterEach
    void closeWhatWasLeftOpen() {
        Saga.closeLeftovers();
    }

    @Test
    void aRiderOfAnotherAreaNeitherListsNorReadsNorPicksUpTheDelivery() {
        String id = Saga.place("customer1", 1, 12, 1); // delivered in gangnam
        Saga.cook("owner1", id);
        Saga.await(() -> Optional.of(get("rider1", "/delivery/deliveries/" + id)).filter(r -> r.status() == 200),
                "the delivery to be offered");

        assertProblem(403, get("rider2", "/delivery/deliveries?area=gangnam"));
        assertProblem(403, get("rider2", "/delivery/deliveries?area=gangnam&lat=37.5&lng=127.03&radiusKm=2"));
        assertProblem(403, get("rider2", "/delivery/deliveries/" + id));
        assertProblem(403, post("rider2", "/delivery/deliveries/" + id + "/pickup", "{}"));
        assertEquals(200, get("rider2", "/delivery/deliveries?area=mapo").status(), "their own area");
        assertEquals("READY_FOR_PICKUP", get("rider3", "/delivery/deliveries/" + id).json().getString("status"),
                "the refused pickup changed nothing");

        FoodApi.Reply pickup = post("rider1", "/delivery/deliveries/" + id + "/pickup", "{}");
        assertEquals(200, pickup.status(), pickup::toString);
        assertEquals("rider1", get("rider1", "/delivery/deliveries/" + id).json().getString("riderId"));
        assertProblem(403, get("rider2", "/delivery/deliveries/" + id));
        assertProblem(409, post("rider3", "/delivery/deliveries/" + id + "/pickup", "{}"));
    }
}
