package org.fooddelivery.kitchen.api;

import org.fooddelivery.kitchen.domain.Store;

public record StoreView(long id, String name, String area, String ownerId, double lat, double lng,
                        String thankYouMessage) {

    /** {@code thankYouMessage}: the store's own, or the default it sends until it has one. */
    static StoreView of(Store store, String thankYouMessage) {
        return new StoreView(store.getId(), store.getName(), store.getArea(), store.getOwnerId(),
                store.getLat(), store.getLng(), thankYouMessage);
    }
}
