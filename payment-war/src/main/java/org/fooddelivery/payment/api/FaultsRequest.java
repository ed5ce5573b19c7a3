package org.fooddelivery.payment.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Body of PUT /payments/admin/faults. */
public record FaultsRequest(@NotNull @Min(0) @Max(120_000) Long delayMs,
                            @NotNull @Min(0) @Max(100) Integer failurePercent) {
}
