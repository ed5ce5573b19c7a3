package org.fooddelivery.kitchen.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of POST /kitchen/tickets/{orderId}/thanks and PUT /kitchen/stores/{storeId}/thank-you. */
public record ThanksRequest(@NotBlank @Size(max = 500) String message) {
}
