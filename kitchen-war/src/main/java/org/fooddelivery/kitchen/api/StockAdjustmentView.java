package org.fooddelivery.kitchen.api;

import org.fooddelivery.kitchen.domain.StockAdjustment;

import java.time.Instant;

/** One line of a dish's stock history: a count (PUT .../stock) or an adjustment, and the numbers after it. */
public record StockAdjustmentView(long id, long storeId, long menuId, StockAdjustment.Kind kind, int delta,
                                  int onHandAfter, int reservedAfter, String reason, String by, Instant at) {

    static StockAdjustmentView of(StockAdjustment a) {
        return new StockAdjustmentView(a.getId(), a.getStoreId(), a.getMenuItemId(), a.getKind(), a.getDelta(),
                a.getOnHandAfter(), a.getReservedAfter(), a.getReason(), a.getRecordedBy(), a.getRecordedAt());
    }
}
