package org.fooddelivery.platform.audit;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.logging.Logger;

/**
 * The audit trail: money movements and operators' actions, one line each in the server log
 * (logger {@code food.audit}) in a fixed, searchable form:
 * <pre>AUDIT action=payment.refunded actor=system orderId=... detail="..."</pre>
 * ({@code grep 'AUDIT action=payment' messages.log}, or the logger name in JSON logs). Inside a
 * transaction the line is written only once it committed, so the trail shows what happened, not
 * what was tried and rolled back.
 */
public final class AuditLog {

    private static final Logger LOG = Logger.getLogger("food.audit");

    /** Who acts when no user does: the saga reacting to an event, a periodic job. */
    public static final String SYSTEM = "system";

    private AuditLog() {
    }

    public static void record(String action, String actor, String orderId, String detail) {
        String line = "AUDIT action=" + action + " actor=" + actor + " orderId=" + (orderId == null ? "-" : orderId)
                + " detail=\"" + (detail == null ? "" : detail.replace("\"", "'")) + "\"";
        TransactionSynchronizationRegistry transaction = transaction();
        if (transaction == null || transaction.getTransactionStatus() != Status.STATUS_ACTIVE) {
            LOG.info(line);
            return;
        }
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    LOG.info(line);
                }
            }
        });
    }

    private static TransactionSynchronizationRegistry transaction() {
        try {
            return (TransactionSynchronizationRegistry) new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
        } catch (NamingException notInAContainer) {
            return null;
        }
    }
}
