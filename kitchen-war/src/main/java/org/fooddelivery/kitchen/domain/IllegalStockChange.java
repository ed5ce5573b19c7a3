package org.fooddelivery.kitchen.domain;

import org.fooddelivery.platform.application.StateConflictException;

/**
 * A stock change the dish's current numbers forbid: taking away more than is on hand, cooking
 * portions that are not on the shelf, promising more than is available. The owner's request is
 * refused as a conflict with the current state (409), and nothing changes.
 */
public class IllegalStockChange extends StateConflictException {

    public IllegalStockChange(String message) {
        super(message);
    }
}
