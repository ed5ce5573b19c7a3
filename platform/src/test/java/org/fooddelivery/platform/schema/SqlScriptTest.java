package org.fooddelivery.platform.schema;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SqlScriptTest {

    @Test
    void splitsStatementsAndDropsCommentLines() {
        List<String> statements = SqlScript.split("""
                -- a comment; with a semicolon
                CREATE TABLE A (ID BIGINT);
                  -- indented comment
                CREATE INDEX A_ID ON A (ID);
                """);
        assertEquals(List.of("CREATE TABLE A (ID BIGINT)", "CREATE INDEX A_ID ON A (ID)"), statements);
    }

    @Test
    void thePlatformBaselineExpandsFullyOnEveryEngine() {
        // Only the platform's file is on this module's class path; each service's baseline runs on
        // a real database in the system tests (SchemaMigrationIT, and every server start).
        List<String> statements = SqlScript.statements("db/baseline/platform.sql", getClass().getClassLoader());
        assertTrue(statements.get(0).startsWith("CREATE TABLE PROCESSED_EVENT"));
        for (SchemaDialect dialect : SchemaDialect.values()) {
            for (String statement : statements) {
                assertFalse(dialect.expand(statement).contains("${"), () -> "unexpanded placeholder in " + statement);
            }
        }
    }

    @Test
    void aMissingFileIsAnErrorNotAnEmptySchema() {
        assertThrows(IllegalStateException.class, () -> SqlScript.statements("db/baseline/nothing.sql", getClass().getClassLoader()));
    }

    @Test
    void placeholdersFollowEachEnginesBooleanAndTextTypes() {
        String column = "FLAG ${boolean} DEFAULT ${false}, BODY ${text}";
        assertEquals("FLAG SMALLINT DEFAULT 0, BODY CLOB", SchemaDialect.DERBY.expand(column));
        assertEquals("FLAG BOOLEAN DEFAULT FALSE, BODY TEXT", SchemaDialect.POSTGRESQL.expand(column));
    }
}
