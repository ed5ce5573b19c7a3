package org.fooddelivery.standin.acquirer;

import org.fooddelivery.standin.application.Faults;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CardAcquirerTest {

    private final CardAcquirer acquirer = new CardAcquirer();

    @Test
    void theTestCardIsAlwaysDeclinedAndOthersApproved() {
        assertEquals(CardAcquirer.Result.DECLINED, acquirer.charge(null, "o", 1, "4000000000000002").orElseThrow().result());
        assertEquals(CardAcquirer.Result.APPROVED, acquirer.charge(null, "o", 1, "4111111111111111").orElseThrow().result());
        assertEquals(CardAcquirer.Result.APPROVED, acquirer.charge(null, "o", 1, "5555555555554444").orElseThrow().result());
        assertEquals(CardAcquirer.Result.DECLINED, acquirer.charge(null, "o", 1, "4111111111111").orElseThrow().result());
    }

    @Test
    void aRepeatedKeyIsAnsweredWithTheFirstChargeAndAFailedCallIsForgotten() {
        CardAcquirer.Charge first = acquirer.charge("k", "o-1", 1000, "4111111111111111").orElseThrow();
        assertEquals(first, acquirer.charge("k", "o-1", 1000, "4111111111111111").orElseThrow());
        assertEquals(1, acquirer.charges("o-1").size());

        acquirer.setFaults(new Faults(0, 100));
        assertTrue(acquirer.charge("k2", "o-2", 1000, "4111111111111111").isEmpty(), "failing, as the drill asked");
        acquirer.setFaults(Faults.NONE);
        assertTrue(acquirer.charge("k2", "o-2", 1000, "4111111111111111").isPresent(), "the retry is a new call");
        assertEquals(1, acquirer.charges("o-2").size());
    }
}
