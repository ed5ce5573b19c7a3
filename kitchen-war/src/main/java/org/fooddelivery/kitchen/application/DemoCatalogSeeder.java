package org.fooddelivery.kitchen.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fooddelivery.platform.schema.SchemaReady;
import org.fooddelivery.kitchen.domain.CatalogRepository;
import org.fooddelivery.kitchen.domain.MenuItem;
import org.fooddelivery.kitchen.domain.Store;

import java.io.InputStream;
import java.util.logging.Logger;

/**
 * Creates the demo stores and menus of contract §6 at the first start, once the kitchen's schema is ready. Stores and dishes have fixed
 * ids, and only missing ones are created: a restart never seeds twice or resets stock, and a dish
 * added to the demo catalog appears in an existing installation.
 */
@ApplicationScoped
public class DemoCatalogSeeder {

    private static final Logger LOG = Logger.getLogger(DemoCatalogSeeder.class.getName());

    @Inject
    CatalogRepository repository;

    @Inject
    @ConfigProperty(name = "kitchen.demo-catalog.enabled")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "kitchen.demo-catalog.resource")
    String resource;

    void onSchemaReady(@Observes SchemaReady schemaReady, DemoCatalogSeeder self) {
        if (enabled) {
            self.seedMissingStores();
        }
    }

    @Transactional
    public void seedMissingStores() {
        DemoCatalog catalog = read();
        int created = 0;
        for (DemoCatalog.DemoStore demo : catalog.stores()) {
            if (repository.store(demo.id()).isEmpty()) {
                repository.add(new Store(demo.id(), demo.name(), demo.area(), demo.ownerId(), demo.lat(), demo.lng()));
                created++;
            }
            for (DemoCatalog.DemoMenuItem item : demo.menu()) {
                if (repository.menuItem(demo.id(), item.id()).isEmpty()) {
                    repository.add(new MenuItem(item.id(), demo.id(), item.name(), item.price(), item.stock()));
                    created++;
                }
            }
        }
        if (created > 0) {
            LOG.info("Demo catalog: created " + created + " store(s) and dish(es)");
        }
    }

    private DemoCatalog read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
             Jsonb jsonb = JsonbBuilder.create()) {
            if (in == null) {
                throw new IllegalStateException("demo catalog " + resource + " not found");
            }
            return jsonb.fromJson(in, DemoCatalog.class);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read demo catalog " + resource, e);
        }
    }
}
