package org.fooddelivery.kitchen.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fooddelivery.kitchen.domain.MenuItem;

/**
 * Body of POST .../stock/adjustments: a relative change of what is on hand, e.g.
 * {@code {"delta": -3, "reason": "spoiled"}} or {@code {"delta": 20, "reason": "delivery"}}.
 */
public record StockAdjustmentRequest(@NotNull @Min(-MenuItem.MAX_ON_HAND) @Max(MenuItem.MAX_ON_HAND) Integer delta,
                                     @NotBlank @Size(max = 200) String reason) {
}
