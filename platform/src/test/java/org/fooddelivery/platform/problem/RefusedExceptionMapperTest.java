package org.fooddelivery.platform.problem;

import org.fooddelivery.platform.application.DependencyUnavailableException;
import org.fooddelivery.platform.application.InvalidRequestException;
import org.fooddelivery.platform.application.NoSuchResourceException;
import org.fooddelivery.platform.application.NotYoursException;
import org.fooddelivery.platform.application.RefusedException;
import org.fooddelivery.platform.application.StateConflictException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Each refusal of a use case gets the status and problem type of docs/contract.md §5. */
class RefusedExceptionMapperTest {

    @Test
    void eachRefusalHasItsStatusTypeAndDetail() {
        assertProblem(new NoSuchResourceException("no order o-1"), 404, "not-found", "no order o-1");
        assertProblem(new NotYoursException("order o-1 is not yours"), 403, "forbidden", "order o-1 is not yours");
        assertProblem(new StateConflictException("order o-1 is COOKING"), 409, "conflict", "order o-1 is COOKING");
        assertProblem(new DependencyUnavailableException("payment is not answering", 2), 503,
                "dependency-unavailable", "payment is not answering");
    }

    @Test
    void anInvalidRequestNamesItsField() {
        Problem problem = RefusedExceptionMapper.problem(new InvalidRequestException("storeId", "no store 9"))
                .toProblem("/orders");

        assertEquals(400, problem.status());
        assertEquals("storeId: no store 9", problem.detail());
        assertEquals(List.of(new Problem.FieldError("storeId", "no store 9")), problem.errors());
    }

    @Test
    void aDependencyUnavailableSaysWhenToRetry() {
        assertEquals(2, RefusedExceptionMapper.problem(new DependencyUnavailableException("slow", 2)).retryAfterSeconds());
    }

    @Test
    void aRefusalWithoutAProblemTypeIsAProgrammingError() {
        RefusedException unknown = new RefusedException("?") {
        };
        assertThrows(IllegalStateException.class, () -> RefusedExceptionMapper.problem(unknown));
    }

    private static void assertProblem(RefusedException refused, int status, String slug, String detail) {
        Problem problem = RefusedExceptionMapper.problem(refused).toProblem("/x");
        assertEquals(status, problem.status());
        assertEquals(Problem.typeUri(slug), problem.type());
        assertEquals(detail, problem.detail());
    }
}
