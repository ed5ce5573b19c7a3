package org.fooddelivery.kitchen.application;

import java.util.List;

/** The shape of META-INF/demo-catalog.json: the stores and menus a fresh installation starts with. */
public record DemoCatalog(List<DemoStore> stores) {

    public record DemoStore(long id, String name, String area, String ownerId, double lat, double lng,
                            List<DemoMenuItem> menu) {
    }

    public record DemoMenuItem(long id, String name, long price, int stock) {
    }
}
