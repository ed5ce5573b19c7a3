package org.fooddelivery.systemtest;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Arquillian needs a deployment per test class. Tests that act as clients over HTTP deploy this
 * empty probe: the system under test is the five WARs already installed in the server.
 */
public final class Probe {

    private Probe() {
    }

    public static WebArchive empty(String name) {
        return ShrinkWrap.create(WebArchive.class, name + ".war")
                .add(new StringAsset("system-test probe"), "index.html");
    }
}
