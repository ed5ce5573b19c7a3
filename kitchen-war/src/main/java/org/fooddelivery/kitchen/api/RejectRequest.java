package org.fooddelivery.kitchen.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of POST /kitchen/tickets/{orderId}/reject: why the store will not cook it. */
public record RejectRequest(@NotBlank @Size(max = 200) String reason) {
}
