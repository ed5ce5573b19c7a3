package org.fooddelivery.platform.schema;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * Version 1 of a service's schema: the platform's tables ({@code db/baseline/platform.sql}) and the
 * service's own ({@code db/baseline/<service>.sql}). It creates only what is missing, table by
 * table and index by index, so it takes over any database that EclipseLink's DDL generation made
 * before migrations existed: a complete one is kept as it is, with its data, and a partial one —
 * the state a first burst of concurrent transactions could leave behind — is completed. Flyway's
 * own baseline would have marked a partial schema as done and left it broken.
 */
public class BaselineMigration implements JavaMigration {

    private static final Logger LOG = Logger.getLogger(BaselineMigration.class.getName());
    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)^CREATE\\s+TABLE\\s+(\\w+)");
    private static final Pattern CREATE_INDEX = Pattern.compile("(?i)^CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+(\\w+)\\s+ON\\s+(\\w+)");

    private final String service;
    private final SchemaDialect dialect;
    private final List<String> statements;

    public BaselineMigration(String service, SchemaDialect dialect) {
        this.service = service;
        this.dialect = dialect;
        // The platform's file comes with this jar, the service's with its WAR: one class loader sees both.
        ClassLoader loader = BaselineMigration.class.getClassLoader();
        this.statements = new ArrayList<>(SqlScript.statements("db/baseline/platform.sql", loader));
        statements.addAll(SqlScript.statements("db/baseline/" + service + ".sql", loader));
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("1");
    }

    @Override
    public String getDescription() {
        return "baseline";
    }

    /** Flyway's validation then refuses to start on a baseline edited after it was applied. */
    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        statements.forEach(statement -> crc.update(statement.getBytes(StandardCharsets.UTF_8)));
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String schema = connection.getSchema();
        int created = 0;
        int kept = 0;
        try (Statement sql = connection.createStatement()) {
            for (String statement : statements) {
                if (alreadyThere(connection.getMetaData(), schema, statement)) {
                    kept++;
                } else {
                    sql.execute(dialect.expand(statement));
                    created++;
                }
            }
        }
        LOG.info(service + " schema baseline: " + created + " table(s) and index(es) created, " + kept + " already there");
    }

    private static boolean alreadyThere(DatabaseMetaData metaData, String schema, String statement) throws SQLException {
        Matcher table = CREATE_TABLE.matcher(statement);
        if (table.find()) {
            return tableExists(metaData, schema, table.group(1));
        }
        Matcher index = CREATE_INDEX.matcher(statement);
        if (index.find()) {
            return indexExists(metaData, schema, index.group(2), index.group(1));
        }
        throw new IllegalStateException("a baseline holds only CREATE TABLE and CREATE INDEX, not: " + statement);
    }

    private static boolean tableExists(DatabaseMetaData metaData, String schema, String table) throws SQLException {
        try (ResultSet tables = metaData.getTables(null, schema, spelling(metaData, table), new String[] {"TABLE"})) {
            return tables.next();
        }
    }

    private static boolean indexExists(DatabaseMetaData metaData, String schema, String table, String index) throws SQLException {
        try (ResultSet indexes = metaData.getIndexInfo(null, schema, spelling(metaData, table), false, false)) {
            while (indexes.next()) {
                if (index.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Derby folds unquoted names to upper case, PostgreSQL to lower case. */
    private static String spelling(DatabaseMetaData metaData, String name) throws SQLException {
        return metaData.storesLowerCaseIdentifiers() ? name.toLowerCase(Locale.ROOT) : name.toUpperCase(Locale.ROOT);
    }
}
