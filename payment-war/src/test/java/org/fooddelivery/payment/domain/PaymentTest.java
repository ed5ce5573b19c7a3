package org.fooddelivery.payment.domain;

import org.junit.jupiter.api.Test;
import org.fooddelivery.events.payment.PaymentStatus;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaymentTest {

    @Test
    void anApprovedChargeRemembersOnlyTheLastFourDigits() {
        Payment payment = Payment.charge("o-1", "customer1", 36000, "4111111111111111", true);

        assertEquals(PaymentStatus.APPROVED, payment.getStatus());
        assertEquals("1111", payment.getCardLast4());
        assertEquals(36000, payment.getAmount());
        assertEquals(0, payment.getRefundedAmount());
        assertTrue(payment.belongsTo("customer1"));
        assertFalse(payment.belongsTo("customer2"));
    }

    @Test
    void aDeclinedChargeIsKeptAsDeclined() {
        Payment payment = Payment.charge("o-2", "customer1", 1000, "4000000000000002", false);

        assertEquals(PaymentStatus.DECLINED, payment.getStatus());
        assertFalse(payment.isApproved());
    }

    @Test
    void nothingIsChargedForNothing() {
        assertThrows(IllegalArgumentException.class, () -> Payment.charge("o-3", "customer1", 0, "4111111111111111", true));
    }

    @Test
    void aChangeMakesTheNetChargeEqualTheNewTotal() {
        Payment payment = Payment.charge("o-4", "customer1", 36000, "4111111111111111", true);
        Instant now = Instant.now();

        assertTrue(payment.adjustTo(1, 20000, now));
        assertEquals(20000, payment.netAmount());
        assertEquals(16000, payment.getRefundedAmount());
        assertEquals(PaymentStatus.PARTIALLY_REFUNDED, payment.getStatus());

        assertTrue(payment.adjustTo(2, 50000, now), "an extra charge");
        assertEquals(50000, payment.netAmount());
        assertFalse(payment.adjustTo(1, 20000, now), "a late answer to an older change is ignored");
        assertFalse(payment.adjustTo(2, 20000, now), "the same change twice is applied once");
        assertEquals(50000, payment.netAmount());
    }

    @Test
    void refundGivesBackWhatIsLeftOnce() {
        Payment payment = Payment.charge("o-5", "customer1", 36000, "4111111111111111", true);
        payment.adjustTo(1, 30000, Instant.now());

        assertEquals(30000, payment.refundAll("OUT_OF_STOCK", Instant.now()).orElseThrow());
        assertTrue(payment.refundAll("CANCELLED_BY_CUSTOMER", Instant.now()).isEmpty(), "refunded once, whatever else asks");
        assertEquals(PaymentStatus.REFUNDED, payment.getStatus());
        assertEquals(payment.getAmount(), payment.getRefundedAmount());
        assertEquals(0, payment.netAmount());
        assertThrows(IllegalStateException.class, () -> payment.settle(Instant.now()),
                "a refunded order is never settled");
    }

    @Test
    void settledOnceAndNeverRefunded() {
        Payment payment = Payment.charge("o-6", "customer1", 36000, "4111111111111111", true);
        assertTrue(payment.settle(Instant.now()));
        assertFalse(payment.settle(Instant.now()));
        assertThrows(IllegalStateException.class, () -> payment.refundAll("late", Instant.now()));
    }

    @Test
    void anApprovedChargeWithoutItsOrderIsAnOrphanAfterTheCutoff() {
        Payment payment = Payment.charge("o-7", "customer1", 1000, "4111111111111111", true);
        assertTrue(payment.isOrphanSince(Instant.now().plusSeconds(1)));
        assertFalse(payment.isOrphanSince(payment.getCreatedAt().minusSeconds(1)));
        payment.confirmOrder();
        assertFalse(payment.isOrphanSince(Instant.now().plusSeconds(1)));
    }

    @Test
    void anOrderAnnouncedAfterItsOrphanRefundIsVoidedAndNeverSettled() {
        Payment payment = Payment.charge("o-8", "customer1", 1000, "4111111111111111", true);
        payment.refundAll(Payment.ORPHAN_REASON, Instant.now());

        assertFalse(payment.confirmOrder(), "the late order is told it has nothing paying for it");
        assertTrue(payment.isVoided());
        assertFalse(payment.settle(Instant.now()), "nothing to settle, and no poison message either");
        assertEquals(PaymentStatus.REFUNDED, payment.getStatus());
    }

    @Test
    void anOrderAnnouncedInTimeIsNotVoided() {
        Payment payment = Payment.charge("o-9", "customer1", 1000, "4111111111111111", true);
        assertTrue(payment.confirmOrder());
        payment.refundAll("STORE_TIMEOUT", Instant.now());
        assertFalse(payment.isVoided());
    }
}
