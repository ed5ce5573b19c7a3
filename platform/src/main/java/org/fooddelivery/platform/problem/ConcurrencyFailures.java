package org.fooddelivery.platform.problem;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.sql.SQLTransactionRollbackException;
import java.util.Optional;

/**
 * A command that lost a race in the database is the client's to retry, not a server error: a
 * concurrent change of the same row (optimistic lock) is a 409 to re-read and retry; a lock wait
 * that timed out or a deadlock the database broke is a 503 with Retry-After. Either way the
 * transaction rolled back and nothing changed. Anything else stays a 500 with an incident id.
 */
public final class ConcurrencyFailures {

    private ConcurrencyFailures() {
    }

    static Response respond(RuntimeException failure, UriInfo uriInfo) {
        return classify(failure).map(problem -> ProblemResponses.of(problem, uriInfo))
                .orElseGet(() -> UnexpectedExceptionMapper.respond(failure, uriInfo));
    }

    /** The problem a concurrency failure anywhere in the cause chain stands for, if it is one. */
    static Optional<ProblemException> classify(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return Optional.of(ProblemException.conflict(
                        "someone changed this at the same moment; read it again and retry"));
            }
            if (t instanceof PessimisticLockException || t instanceof LockTimeoutException
                    || t instanceof SQLTransactionRollbackException) {
                return Optional.of(ProblemException.unavailable(
                        "too many changes to the same data at once; nothing was changed, try again", 1));
            }
        }
        return Optional.empty();
    }
}
