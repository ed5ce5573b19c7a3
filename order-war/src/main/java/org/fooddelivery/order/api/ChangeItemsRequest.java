package org.fooddelivery.order.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fooddelivery.order.domain.RequestedItem;

import java.util.List;

/** Body of PUT /orders/{id}/items: the order's dishes from now on (F13). */
public record ChangeItemsRequest(@NotEmpty @Size(max = PlaceOrderRequest.MAX_LINES)
                                 List<PlaceOrderRequest.@NotNull @Valid Item> items) {

    List<RequestedItem> requestedItems() {
        return items.stream().map(i -> new RequestedItem(i.menuId(), i.quantity())).toList();
    }
}
