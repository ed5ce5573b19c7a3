package org.fooddelivery.platform.schema;

/**
 * Fired once at application start, after the service's database has reached the schema its code
 * expects. Start-up work that touches the database (demo data, periodic jobs) observes this
 * instead of the application's start, so it can never run against missing tables.
 */
public record SchemaReady(String service, String version) {
}
