package org.fooddelivery.kitchen.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.fooddelivery.kitchen.domain.MenuItem;

/**
 * Body of PUT .../stock: the owner counted the shelf, {@code stock} portions are on hand (not what
 * is available: open tickets keep their reservations on top). {@code reason} is optional and goes
 * into the dish's stock history.
 */
public record StockUpdate(@NotNull @PositiveOrZero @Max(MenuItem.MAX_ON_HAND) Integer stock,
                          @Size(max = 200) String reason) {

    String reasonOrDefault() {
        return reason == null || reason.isBlank() ? "counted" : reason.trim();
    }
}
