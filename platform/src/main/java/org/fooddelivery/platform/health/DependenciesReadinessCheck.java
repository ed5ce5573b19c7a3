package org.fooddelivery.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.fooddelivery.platform.messaging.JmsResources;
import org.fooddelivery.platform.schema.SchemaMigration;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.sql.Connection;

/**
 * A service is ready when it can reach its own database and the messaging engine: before that,
 * every command it accepts would fail. Its schema is migrated before the application starts at all
 * (Liberty reports an application that has not started as not ready); the version is shown here. Every WAR gets this check from the platform jar and names
 * its database in microprofile-config ({@code food.service.name}, {@code food.service.datasource}).
 */
@Readiness
@ApplicationScoped
public class DependenciesReadinessCheck implements HealthCheck {

    private static final int DB_VALIDATION_TIMEOUT_SECONDS = 2;

    @Inject
    @ConfigProperty(name = "food.service.name")
    String serviceName;

    @Inject
    @ConfigProperty(name = "food.service.datasource")
    String dataSourceName;

    /** Initialized before the application starts; had its migration failed, nothing here would run. */
    @Inject
    SchemaMigration schema;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(serviceName + "-dependencies");
        response.withData("schema", schema.version());
        boolean database = databaseReachable(response);
        boolean messaging = messagingReachable(response);
        return response.status(database && messaging).build();
    }

    private boolean databaseReachable(HealthCheckResponseBuilder response) {
        try (Connection connection = lookup(dataSourceName, DataSource.class).getConnection()) {
            boolean valid = connection.isValid(DB_VALIDATION_TIMEOUT_SECONDS);
            response.withData("database", valid ? "UP" : "DOWN");
            return valid;
        } catch (Exception e) {
            response.withData("database", "DOWN: " + e.getMessage());
            return false;
        }
    }

    private boolean messagingReachable(HealthCheckResponseBuilder response) {
        try (JMSContext context = lookup(JmsResources.CONNECTION_FACTORY, ConnectionFactory.class).createContext()) {
            context.getMetaData();
            response.withData("messaging", "UP");
            return true;
        } catch (Exception e) {
            response.withData("messaging", "DOWN: " + e.getMessage());
            return false;
        }
    }

    private static <T> T lookup(String name, Class<T> type) throws NamingException {
        return type.cast(new InitialContext().lookup(name));
    }
}
