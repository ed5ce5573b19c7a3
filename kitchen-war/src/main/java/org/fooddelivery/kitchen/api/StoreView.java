package org.fooddelivery.kitchen.api;

import org.fooddelivery.kitchen.domain.Store;

public record StoreView(long id, String name, String area, String ownerId, double lat, double lng,
                        String thankYouMessage) {

    static StoreView of(Store store) {
        return new StoreView(store.getId(), store.getName(), store.getArea(), store.getOwnerId(),
                store.getLat(), store.getLng(), store.thankYouMessage());
    }
}
