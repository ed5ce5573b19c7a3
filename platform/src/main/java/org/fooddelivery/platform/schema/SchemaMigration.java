package org.fooddelivery.platform.schema;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * Brings the service's own database to the schema its code expects, before the service does
 * anything else. A startup singleton, because the EJB container delivers nothing to the
 * application's enterprise beans — message-driven beans included — until every startup singleton
 * is initialized, and the application (so its REST endpoints, and its readiness) is not started
 * before then either. Requests, pending messages and timers therefore all meet a complete schema,
 * however many arrive at once.
 *
 * <p>Migrations are Flyway's: version 1 is {@link BaselineMigration}, later versions are SQL files
 * under {@code db/migration/<service>} in the WAR, never edited once released. A failed migration
 * fails the application's start: it stays stopped, not ready, with the reason in the log, and its
 * messages wait in their durable subscriptions.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Inject
    @ConfigProperty(name = "food.service.name")
    String service;

    @Inject
    @ConfigProperty(name = "food.service.datasource")
    String dataSourceName;

    @Inject
    Event<SchemaReady> schemaReady;

    private volatile String version;

    @PostConstruct
    void migrate() {
        long started = System.nanoTime();
        try {
            DataSource dataSource = (DataSource) new InitialContext().lookup(dataSourceName);
            SchemaDialect dialect = dialect(dataSource);
            MigrateResult result = flyway(dataSource, dialect).migrate();
            version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
            MigrateResult platform = platformFlyway(dataSource, dialect).migrate();
            LOG.info(() -> String.format("%s schema at version %s, platform tables at version %s: %d migration(s) applied in %d ms",
                    service, version, platform.targetSchemaVersion != null ? platform.targetSchemaVersion
                            : platform.initialSchemaVersion, result.migrationsExecuted + platform.migrationsExecuted,
                    (System.nanoTime() - started) / 1_000_000));
            schemaReady.fire(new SchemaReady(service, version));
        } catch (NamingException | SQLException | RuntimeException e) {
            LOG.severe(() -> service + " schema migration failed; the service stays stopped until it is fixed: " + e);
            throw new IllegalStateException(service + " schema migration failed", e);
        }
    }

    /** The version the database is at; readiness reports it. */
    @Lock(LockType.READ)
    public String version() {
        return version;
    }

    private Flyway flyway(DataSource dataSource, SchemaDialect dialect) {
        ClassLoader loader = SchemaMigration.class.getClassLoader();
        return Flyway.configure(loader)
                .dataSource(dataSource)
                // Liberty's class loader lists a folder only when it holds a file named
                // flyway.location: each WAR's migration folder has one, and so has this jar's
                // db/callback (Flyway's default callback folder, empty here).
                .locations("classpath:db/migration/" + service)
                .javaMigrations(new BaselineMigration(service, dialect))
                // A database EclipseLink made before migrations existed has tables but no history:
                // mark it as version 0, so that version 1 (the baseline) still runs and completes it.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .baselineDescription("schema made by EclipseLink DDL generation")
                .placeholders(dialect.placeholders())
                .cleanDisabled(true)
                .load();
    }

    /**
     * The platform's own tables beyond the baseline (platform's {@code db/platform}, e.g.
     * PARKED_EVENT), the same in every service: a history of their own, so their versions never
     * collide with a service's.
     */
    private static Flyway platformFlyway(DataSource dataSource, SchemaDialect dialect) {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .table("PLATFORM_SCHEMA_HISTORY")
                .locations("classpath:db/platform")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .placeholders(dialect.placeholders())
                .cleanDisabled(true)
                .load();
    }

    private static SchemaDialect dialect(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return SchemaDialect.of(connection.getMetaData());
        }
    }
}
