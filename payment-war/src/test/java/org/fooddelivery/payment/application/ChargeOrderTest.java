package org.fooddelivery.payment.application;

import jakarta.persistence.PersistenceException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.fooddelivery.events.payment.PaymentStatus;
import org.fooddelivery.payment.domain.OrderAlreadyPaidException;
import org.fooddelivery.payment.domain.Payment;
import org.fooddelivery.platform.application.DependencyUnavailableException;
import org.fooddelivery.platform.application.NotYoursException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Charging an order's card once (ChargeOrder, PaymentLedger) and who sees which payments, against fakes. */
class ChargeOrderTest {

    private static final String CARD = "4111111111111111";

    private final PaymentFakes.Payments repository = new PaymentFakes.Payments();
    private final PaymentFakes.Acquirer acquirer = new PaymentFakes.Acquirer();
    private final PaymentFakes.Events events = new PaymentFakes.Events();
    private final PaymentLedger ledger = new PaymentLedger();
    private final ChargeOrder chargeOrder = new ChargeOrder();

    @BeforeEach
    void wire() {
        ledger.repository = repository;
        ledger.events = events;
        chargeOrder.acquirer = acquirer;
        chargeOrder.ledger = ledger;
    }

    private Payment charge(String customerId, long amount) {
        return chargeOrder.charge("order-service", customerId, "o-1", amount, CARD);
    }

    @Test
    void anApprovedChargeIsStoredAndAnnounced() {
        Payment payment = charge("customer1", 36000);

        assertEquals(PaymentStatus.APPROVED, payment.getStatus());
        assertEquals(List.of(payment), repository.stored);
        assertEquals(List.of("PaymentApproved o-1 36000"), events.announced);
    }

    @Test
    void aDeclinedChargeIsKeptForTheHistoryAndNotAnnounced() {
        acquirer.answer = () -> false;

        Payment payment = charge("customer1", 36000);

        assertEquals(PaymentStatus.DECLINED, payment.getStatus());
        assertEquals(1, repository.stored.size());
        assertEquals(List.of(), events.announced);
    }

    @Test
    void aRepeatedRequestGetsTheExistingPaymentWithoutAskingTheAcquirerAgain() {
        Payment first = charge("customer1", 36000);

        assertSame(first, charge("customer1", 36000));
        assertEquals(1, acquirer.asked);
        assertEquals(1, events.announced.size());
    }

    @Test
    void anOrderPaidByAnotherCustomerOrAmountIsAConflict() {
        charge("customer1", 36000);

        OrderAlreadyPaidException refused = assertThrows(OrderAlreadyPaidException.class, () -> charge("customer1", 1000));
        assertEquals("order o-1 is already paid with a different amount or by someone else", refused.getMessage());
        assertThrows(OrderAlreadyPaidException.class, () -> charge("customer2", 36000));
        assertEquals(1, acquirer.asked, "refused before the card is charged");
    }

    @Test
    void anAcquirerThatDoesNotAnswerStoresNothingAndAsksForARetry() {
        acquirer.answer = () -> {
            throw new TimeoutException("slow");
        };

        DependencyUnavailableException refused = assertThrows(DependencyUnavailableException.class,
                () -> charge("customer1", 36000));
        assertEquals("the card acquirer is not answering", refused.getMessage());
        assertEquals(1, refused.retryAfterSeconds());
        assertTrue(repository.stored.isEmpty());
    }

    @Test
    void aRequestLosingTheRaceIsAnsweredWithTheWinnersPayment() {
        Payment winner = Payment.charge("o-1", "customer1", 36000, CARD, true);
        ledger.repository = new PaymentFakes.Payments() {
            @Override
            public void add(Payment payment) {
                stored.add(winner); // the racing request committed first: the unique key refuses this one
                throw new PersistenceException("duplicate APPROVEDORDERID");
            }
        };

        assertSame(winner, charge("customer1", 36000));
        assertEquals(List.of(), events.announced, "the loser announces nothing");
    }

    @Test
    void aCustomerSeesOnlyTheirOwnOrdersPayments() {
        charge("customer1", 36000);
        Payments payments = new Payments();
        payments.repository = repository;

        assertEquals(1, payments.ofOrder("customer1", false, "o-1").size());
        assertEquals(1, payments.ofOrder("admin", true, "o-1").size());
        NotYoursException refused = assertThrows(NotYoursException.class, () -> payments.ofOrder("customer2", false, "o-1"));
        assertEquals("order o-1 is not yours", refused.getMessage());
    }
}
