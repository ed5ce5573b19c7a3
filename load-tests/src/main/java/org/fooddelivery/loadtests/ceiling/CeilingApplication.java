package org.fooddelivery.loadtests.ceiling;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The ceiling benchmark: what the stack itself costs per request, measured next to the product in
 * the same server (load-tests/run.sh). Benchmark-only, never deployed with the product.
 */
@ApplicationPath("/")
public class CeilingApplication extends Application {
}
