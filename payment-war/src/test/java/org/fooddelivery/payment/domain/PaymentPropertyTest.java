package org.fooddelivery.payment.domain;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The money rules of a payment, whatever the order of changes and repeats. */
class PaymentPropertyTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @Property(tries = 300)
    void theNetChargeIsTheLatestChangesTotalAndARefundGivesItBackOnce(
            @ForAll @LongRange(min = 1, max = 1_000_000) long first,
            @ForAll @Size(max = 10) List<@LongRange(min = 0, max = 1_000_000) Long> totals) {
        Payment payment = Payment.charge("o-1", "customer1", first, "4111111111111111", true);
        long expected = first;
        int number = 0;
        for (long total : totals) {
            assertTrue(payment.adjustTo(++number, total, NOW));
            assertEquals(false, payment.adjustTo(number, total + 1, NOW), "a repeated change is applied once");
            expected = total;
            assertEquals(expected, payment.netAmount());
            assertTrue(payment.getRefundedAmount() >= 0 && payment.getAmount() >= payment.getRefundedAmount());
        }

        assertEquals(expected, payment.refundAll("OUT_OF_STOCK", NOW).orElseThrow());
        assertEquals(0, payment.netAmount());
        assertTrue(payment.refundAll("CANCELLED_BY_CUSTOMER", NOW).isEmpty(), "never refunded twice");
    }

    @Property(tries = 100)
    void onlyTheSameCustomerAndAmountGetTheExistingCharge(@ForAll @LongRange(min = 1, max = 100_000) long amount,
                                                          @ForAll @LongRange(min = 1, max = 100_000) long asked,
                                                          @ForAll boolean sameCustomer) {
        Payment payment = Payment.charge("o-1", "customer1", amount, "4111111111111111", true);
        String customer = sameCustomer ? "customer1" : "customer2";
        if (sameCustomer && asked == amount) {
            assertEquals(payment, payment.answerRepeatedCharge(customer, asked));
        } else {
            assertThrows(OrderAlreadyPaidException.class, () -> payment.answerRepeatedCharge(customer, asked));
        }
    }
}
