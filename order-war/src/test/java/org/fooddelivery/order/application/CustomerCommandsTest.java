package org.fooddelivery.order.application;

import org.fooddelivery.events.order.OrderStatus;
import org.fooddelivery.order.domain.Order;
import org.fooddelivery.order.domain.OrderStateException;
import org.fooddelivery.order.domain.RequestedItem;
import org.fooddelivery.platform.application.InvalidRequestException;
import org.fooddelivery.platform.application.NoSuchResourceException;
import org.fooddelivery.platform.application.NotYoursException;
import org.fooddelivery.platform.application.StateConflictException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The customer's commands (cancel, change, confirm) against fakes of the repository and of the OrderEvents port. */
class CustomerCommandsTest {

    private final UseCases app = new UseCases();

    @Test
    void cancelAsksTheKitchenOnceUnderTheRequestsOwnEventId() {
        Order order = app.placed("o-1");
        CancelOrder.Outcome first = app.cancelOrder.cancel("customer1", "o-1");
        assertTrue(first.requestSent());
        assertEquals("CANCEL_REQUESTED", first.order().displayStatus());
        assertFalse(app.cancelOrder.cancel("customer1", "o-1").requestSent(), "asking again sends nothing");
        assertEquals(List.of("requestPending o-1 CANCEL " + order.getRequestEventId()), app.events.announced);
    }

    @Test
    void onlyItsCustomerMayCommandAnOrder() {
        app.placed("o-1");
        assertThrows(NotYoursException.class, () -> app.cancelOrder.cancel("customer2", "o-1"));
        assertThrows(NoSuchResourceException.class, () -> app.cancelOrder.cancel("customer1", "o-404"));
        assertThrows(NotYoursException.class, () -> app.confirmReceipt.confirm("customer2", "o-1"));
        assertThrows(NotYoursException.class,
                () -> app.changeOrder.change("customer2", "o-1", List.of(new RequestedItem(13, 1))));
        assertEquals(List.of(), app.events.announced, "a refused command announces nothing");
    }

    @Test
    void aCookingOrderCanNeitherBeCancelledNorChanged() {
        Order order = app.placed("o-1");
        order.advanceTo(OrderStatus.COOKING, Instant.now());
        StateConflictException cancel = assertThrows(OrderStateException.class,
                () -> app.cancelOrder.cancel("customer1", "o-1"));
        assertEquals("order o-1 is COOKING and can no longer be cancelled: cooking has started", cancel.getMessage());
        assertThrows(OrderStateException.class,
                () -> app.changeOrder.change("customer1", "o-1", List.of(new RequestedItem(13, 1))));
        assertEquals(List.of(), app.events.announced);
    }

    @Test
    void aChangeIsRepricedFromTheMenuThenAskedOfTheKitchen() {
        app.placed("o-1");
        Order order = app.changeOrder.change("customer1", "o-1", List.of(new RequestedItem(13, 3)));
        assertEquals("CHANGE_REQUESTED", order.displayStatus());
        assertEquals(3000, order.getPendingTotalAmount(), "priced from the menu");
        assertEquals(List.of("requestPending o-1 CHANGE " + order.getRequestEventId()), app.events.announced);
        assertThrows(InvalidRequestException.class,
                () -> app.changeOrder.change("customer1", "o-1", List.of(new RequestedItem(99, 1))), "not on the menu");
    }

    @Test
    void confirmingCompletesAPickedUpOrderOnce() {
        Order order = app.placed("o-1");
        assertThrows(OrderStateException.class, () -> app.confirmReceipt.confirm("customer1", "o-1"), "not picked up");
        order.advanceTo(OrderStatus.PICKED_UP, Instant.now());
        app.confirmReceipt.confirm("customer1", "o-1");
        app.confirmReceipt.confirm("customer1", "o-1");
        assertEquals(List.of("completed o-1", "status o-1 PICKED_UP->COMPLETED"), app.events.announced);
    }
}
