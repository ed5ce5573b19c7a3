package org.fooddelivery.payment.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Body of POST /payments: charge this customer's card for this order. */
public record ChargeRequest(@NotBlank @Size(max = 64) String orderId,
                            @NotBlank @Size(max = 64) String customerId,
                            @NotNull @Positive Long amount,
                            @NotNull @Valid Card card) {

    public record Card(@NotNull @Pattern(regexp = "\\d{16}", message = "must be 16 digits") String number) {
    }
}
