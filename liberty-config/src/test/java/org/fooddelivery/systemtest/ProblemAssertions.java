package org.fooddelivery.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every error answer must look like: RFC 9457 problem+json with the right status. */
final class ProblemAssertions {

    private ProblemAssertions() {
    }

    static void assertProblem(int status, FoodApi.Reply reply) {
        assertEquals(status, reply.status(), reply::toString);
        assertEquals("application/problem+json", reply.contentType(), reply::toString);
        assertEquals(status, reply.json().getInt("status"), reply::toString);
        assertTrue(reply.json().containsKey("title") && reply.json().containsKey("type"), reply::toString);
    }

    /** A 400 whose detail names the field that was wrong. */
    static void assertInvalid(String field, FoodApi.Reply reply) {
        assertProblem(400, reply);
        assertTrue(reply.json().getString("detail").contains(field), () -> "detail should name " + field + ": " + reply);
    }
}
