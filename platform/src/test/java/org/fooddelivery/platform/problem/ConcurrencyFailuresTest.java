package org.fooddelivery.platform.problem;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConcurrencyFailuresTest {

    private static TransactionalException commitFailedBecauseOf(Throwable cause) {
        RollbackException rollback = new RollbackException("rolled back");
        rollback.initCause(cause);
        return new TransactionalException("commit failed", rollback);
    }

    @Test
    void aConcurrentChangeIsAConflictToRetry() {
        ProblemException problem = ConcurrencyFailures.classify(commitFailedBecauseOf(new OptimisticLockException())).orElseThrow();
        assertEquals(409, problem.status());
    }

    @Test
    void aLockTimeoutOrDeadlockIsTemporary() {
        ProblemException timeout = ConcurrencyFailures.classify(new LockTimeoutException("waited")).orElseThrow();
        assertEquals(503, timeout.status());
        assertEquals(1, timeout.retryAfterSeconds());

        PersistenceException deadlock = new PersistenceException("statement failed",
                new SQLTransactionRollbackException("deadlock", "40001"));
        assertEquals(503, ConcurrencyFailures.classify(commitFailedBecauseOf(deadlock)).orElseThrow().status());
    }

    @Test
    void otherDatabaseFailuresAreNotDressedUpAsRaces() {
        assertTrue(ConcurrencyFailures.classify(new PersistenceException("disk full", new SQLException("XSDG1"))).isEmpty());
        assertTrue(ConcurrencyFailures.classify(new IllegalStateException("bug")).isEmpty());
    }
}
