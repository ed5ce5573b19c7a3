package org.fooddelivery.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.fooddelivery.payment.client.CardAcquirer;
import org.fooddelivery.payment.domain.Payment;
import org.fooddelivery.platform.application.DependencyUnavailableException;

import java.util.Optional;
import java.util.logging.Logger;

/** The order service charges a customer's card for an order (F2), once per order. */
@ApplicationScoped
public class ChargeOrder {

    private static final Logger LOG = Logger.getLogger(ChargeOrder.class.getName());

    /** How soon a charge refused because the acquirer did not answer may be tried again. */
    private static final int RETRY_AFTER_SECONDS = 1;

    @Inject
    CardAcquirer acquirer;

    @Inject
    PaymentLedger ledger;

    /**
     * Charges once per order: a repeated request for an order that is already paid (a client
     * retry after a lost response) gets the existing payment instead of a second charge. The
     * acquirer is asked outside any transaction, so a slow acquirer holds no database connection;
     * if it does not answer, nothing is stored and the caller gets 503 (a retry reaches the
     * acquirer with the same idempotency key, so a charge it made meanwhile is not made twice).
     * Two requests racing each other are settled by the unique approved-order key: the loser's
     * transaction fails, and it is answered with the winner's payment.
     */
    public Payment charge(String caller, String customerId, String orderId, long amount, String cardNumber) {
        Optional<Payment> approved = ledger.alreadyCharged(customerId, orderId, amount);
        if (approved.isPresent()) {
            return approved.get();
        }
        boolean approves = authorize(orderId, amount, cardNumber);
        try {
            return ledger.record(caller, customerId, orderId, amount, cardNumber, approves);
        } catch (PersistenceException | TransactionalException lostTheRace) {
            // The same order charged at the same moment by another request: answer with that charge.
            return ledger.alreadyCharged(customerId, orderId, amount).orElseThrow(() -> lostTheRace);
        }
    }

    private boolean authorize(String orderId, long amount, String cardNumber) {
        try {
            return acquirer.authorize(orderId, amount, cardNumber);
        } catch (FaultToleranceException | ProcessingException | WebApplicationException noAnswer) {
            LOG.warning(() -> "The card acquirer did not answer the charge of order " + orderId + ": " + noAnswer);
            throw new DependencyUnavailableException("the card acquirer is not answering", RETRY_AFTER_SECONDS);
        }
    }
}
