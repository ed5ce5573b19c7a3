package org.fooddelivery.payment.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaymentTest {

    @Test
    void theTestCardIsAlwaysDeclinedAndOthersApproved() {
        assertFalse(CardIssuer.approves("4000000000000002"));
        assertTrue(CardIssuer.approves("4111111111111111"));
        assertTrue(CardIssuer.approves("5555555555554444"));
        assertFalse(CardIssuer.approves("411111111111111"));
        assertFalse(CardIssuer.approves(null));
    }

    @Test
    void anApprovedChargeRemembersOnlyTheLastFourDigits() {
        Payment payment = Payment.charge("o-1", "customer1", 36000, "4111111111111111");

        assertEquals(PaymentStatus.APPROVED, payment.getStatus());
        assertEquals("1111", payment.getCardLast4());
        assertEquals(36000, payment.getAmount());
        assertEquals(0, payment.getRefundedAmount());
        assertTrue(payment.belongsTo("customer1"));
        assertFalse(payment.belongsTo("customer2"));
    }

    @Test
    void aDeclinedChargeIsKeptAsDeclined() {
        Payment payment = Payment.charge("o-2", "customer1", 1000, CardIssuer.ALWAYS_DECLINED);

        assertEquals(PaymentStatus.DECLINED, payment.getStatus());
        assertFalse(payment.isApproved());
    }

    @Test
    void nothingIsChargedForNothing() {
        assertThrows(IllegalArgumentException.class, () -> Payment.charge("o-3", "customer1", 0, "4111111111111111"));
    }
}
