package org.fooddelivery.kitchen.domain;

/**
 * A stock change the dish's current numbers forbid: taking away more than is on hand, cooking
 * portions that are not on the shelf, promising more than is available.
 */
public class IllegalStockChange extends RuntimeException {

    public IllegalStockChange(String message) {
        super(message);
    }
}
