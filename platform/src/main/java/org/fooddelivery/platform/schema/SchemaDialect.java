package org.fooddelivery.platform.schema;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

/**
 * The few column types that Derby (embedded default) and PostgreSQL (distributed topology) spell
 * differently. Migrations name them as placeholders — {@code ${boolean}}, {@code ${false}},
 * {@code ${text}} — so one set of migration files serves both engines. The boolean type follows
 * what EclipseLink's platform for each engine binds: SMALLINT on Derby, BOOLEAN on PostgreSQL.
 */
public enum SchemaDialect {

    DERBY(Map.of("boolean", "SMALLINT", "false", "0", "text", "CLOB")),
    POSTGRESQL(Map.of("boolean", "BOOLEAN", "false", "FALSE", "text", "TEXT"));

    private final Map<String, String> placeholders;

    SchemaDialect(Map<String, String> placeholders) {
        this.placeholders = placeholders;
    }

    public Map<String, String> placeholders() {
        return placeholders;
    }

    /** Replaces {@code ${name}} placeholders the way Flyway does in SQL migrations. */
    public String expand(String sql) {
        String expanded = sql;
        for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
            expanded = expanded.replace("${" + placeholder.getKey() + "}", placeholder.getValue());
        }
        return expanded;
    }

    public static SchemaDialect of(DatabaseMetaData metaData) throws SQLException {
        String product = metaData.getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("derby")) {
            return DERBY;
        }
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        throw new IllegalStateException("no schema dialect for database " + metaData.getDatabaseProductName());
    }
}
