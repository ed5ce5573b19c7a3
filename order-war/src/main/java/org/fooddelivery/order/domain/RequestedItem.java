package org.fooddelivery.order.domain;

/** A dish and how many of it, as the customer asked; no price, since clients are never trusted with one. */
public record RequestedItem(long menuId, int quantity) {
}
