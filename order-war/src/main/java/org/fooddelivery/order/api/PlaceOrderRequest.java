package org.fooddelivery.order.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.fooddelivery.order.application.PlaceOrder;
import org.fooddelivery.order.domain.DeliveryAddress;
import org.fooddelivery.order.domain.RequestedItem;

import java.util.List;

/**
 * Body of POST /orders. Only dishes and quantities: the price of each dish is the menu's.
 * Limits keep a typo (or an attack) from producing an absurd order.
 */
public record PlaceOrderRequest(
        @NotNull @Positive Long storeId,
        @NotEmpty @Size(max = MAX_LINES) List<@NotNull @Valid Item> items,
        @NotNull @Valid Address deliveryAddress,
        @NotNull @Valid Card card) {

    static final int MAX_LINES = 30;
    static final int MAX_QUANTITY = 99;

    public record Item(@NotNull @Positive Long menuId,
                       @NotNull @Min(1) @Max(MAX_QUANTITY) Integer quantity) {
    }

    public record Address(@NotBlank @Size(max = 40) String area,
                          @NotBlank @Size(max = 200) String street,
                          @DecimalMin("-90") @DecimalMax("90") Double lat,
                          @DecimalMin("-180") @DecimalMax("180") Double lng) {
    }

    public record Card(@NotNull @Pattern(regexp = "\\d{16}", message = "must be 16 digits") String number) {
    }

    PlaceOrder toCommand(String customerId) {
        return new PlaceOrder(customerId, storeId,
                items.stream().map(i -> new RequestedItem(i.menuId(), i.quantity())).toList(),
                new DeliveryAddress(deliveryAddress.area().trim(), deliveryAddress.street().trim(),
                        deliveryAddress.lat(), deliveryAddress.lng()),
                card.number());
    }
}
