package org.fooddelivery.order.messaging;

import org.fooddelivery.events.DomainEvent;
import org.fooddelivery.events.order.DeliveryAddress;
import org.fooddelivery.events.order.OrderCancellationRequested;
import org.fooddelivery.events.order.OrderChangeRequested;
import org.fooddelivery.events.order.OrderLineItem;
import org.fooddelivery.events.order.OrderPlaced;
import org.fooddelivery.order.domain.CustomerRequest;
import org.fooddelivery.order.domain.Order;
import org.fooddelivery.order.domain.OrderLine;

import java.util.List;

/** How order's own state is written into the events it publishes. */
final class OrderEventMapping {

    private OrderEventMapping() {
    }

    static OrderPlaced placed(Order order) {
        var address = order.getDeliveryAddress();
        return new OrderPlaced(order.getId(), order.getCustomerId(), order.getStoreId(), items(order.getLines()),
                order.getTotalAmount(),
                new DeliveryAddress(address.getArea(), address.getStreet(), address.getLat(), address.getLng()),
                order.getPaymentId());
    }

    /**
     * The customer's request in progress, as the kitchen is asked it: the first time and every
     * re-ask send this same event under the request's own event id, so the kitchen, which
     * de-duplicates by id, answers once whichever copy arrives.
     */
    static DomainEvent pendingRequest(Order order) {
        return order.getLastRequest() == CustomerRequest.CANCEL
                ? new OrderCancellationRequested(order.getId(), order.getCustomerId())
                : new OrderChangeRequested(order.getId(), order.getChangeNumber(), items(order.getPendingLines()),
                        order.getPendingTotalAmount());
    }

    static List<OrderLineItem> items(List<OrderLine> lines) {
        return lines.stream()
                .map(l -> new OrderLineItem(l.getMenuId(), l.getName(), l.getQuantity(), l.getUnitPrice()))
                .toList();
    }
}
