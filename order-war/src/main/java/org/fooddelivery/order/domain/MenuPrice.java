package org.fooddelivery.order.domain;

/** A dish on a store's menu as the kitchen prices it right now. */
public record MenuPrice(long menuId, String name, long price) {
}
