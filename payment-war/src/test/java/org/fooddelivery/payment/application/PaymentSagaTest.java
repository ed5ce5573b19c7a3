package org.fooddelivery.payment.application;

import org.fooddelivery.events.payment.PaymentStatus;
import org.fooddelivery.payment.domain.Payment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Payment's steps of the saga against fakes: each moves money once and announces what it did. */
class PaymentSagaTest {

    private final PaymentFakes.Payments repository = new PaymentFakes.Payments();
    private final PaymentFakes.Events events = new PaymentFakes.Events();
    private final PaymentSaga saga = new PaymentSaga();
    private Payment payment;

    @BeforeEach
    void wire() {
        saga.payments = repository;
        saga.events = events;
        payment = Payment.charge("o-1", "customer1", 36000, "4111111111111111", true);
        repository.add(payment);
    }

    @Test
    void aRejectedOrCancelledOrderIsRefundedOnce() {
        saga.refundInFull("o-1", "OUT_OF_STOCK");
        saga.refundInFull("o-1", "CANCELLED_BY_CUSTOMER");

        assertEquals(List.of("PaymentRefunded o-1 36000 REFUNDED"), events.announced);
        assertEquals("OUT_OF_STOCK", payment.getRefundReason());
    }

    @Test
    void aChangedOrderIsAdjustedToItsNewTotalOncePerChange() {
        saga.orderChanged("o-1", 1, 30000);
        saga.orderChanged("o-1", 1, 30000);

        assertEquals(List.of("PaymentAdjusted o-1 30000 PARTIALLY_REFUNDED"), events.announced);
    }

    @Test
    void aCompletedOrderIsSettledOnce() {
        saga.orderPlaced("o-1");
        saga.orderCompleted("o-1");
        saga.orderCompleted("o-1");

        assertEquals(List.of("PaymentSettled o-1 36000"), events.announced);
        assertEquals(PaymentStatus.SETTLED, payment.getStatus());
    }

    @Test
    void anOrphanIsRefundedAndItsLateOrderVoided() {
        Instant cutoff = Instant.now().plusSeconds(1);
        assertTrue(saga.refundIfStillOrphan(payment.getId(), cutoff));
        assertFalse(saga.refundIfStillOrphan(payment.getId(), cutoff), "refunded once");

        saga.orderPlaced("o-1");
        saga.orderCompleted("o-1");

        assertEquals(List.of("PaymentRefunded o-1 36000 REFUNDED", "PaymentVoided o-1 ORDER_NOT_PLACED"), events.announced,
                "nothing is settled for a voided charge");
    }

    @Test
    void aConfirmedOrderIsNoOrphan() {
        saga.orderPlaced("o-1");

        assertFalse(saga.refundIfStillOrphan(payment.getId(), Instant.now().plusSeconds(1)));
        assertEquals(List.of(), events.announced);
    }

    @Test
    void anEventForAnOrderWithoutAChargeIsIgnored() {
        saga.refundInFull("o-9", "OUT_OF_STOCK");

        assertEquals(List.of(), events.announced);
    }
}
