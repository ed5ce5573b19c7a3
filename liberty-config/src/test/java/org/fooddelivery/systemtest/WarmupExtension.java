package org.fooddelivery.systemtest;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Warms the server before the first test of the run, whichever class comes first. Registered for
 * every test class (META-INF/services, junit-platform.properties). It runs in the test JVM before
 * each test and its {@code @BeforeEach} methods, also for tests that run inside the server, and
 * after Arquillian has started the server (a {@code beforeAll} would run before that).
 */
public class WarmupExtension implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        Warmup.ensure();
    }
}
