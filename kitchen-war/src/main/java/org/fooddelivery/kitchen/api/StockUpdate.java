package org.fooddelivery.kitchen.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** Body of PUT .../stock: how many portions the kitchen can make from now on. */
public record StockUpdate(@NotNull @PositiveOrZero @Max(1_000_000) Integer stock) {
}
