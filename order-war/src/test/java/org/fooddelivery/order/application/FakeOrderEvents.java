package org.fooddelivery.order.application;

import org.fooddelivery.events.order.OrderStatus;
import org.fooddelivery.order.domain.Order;

import java.util.ArrayList;
import java.util.List;

/** The announcements a use case made, one line each, in order ("closed o-1 REJECTED OUT_OF_STOCK"). */
public class FakeOrderEvents implements OrderEvents {

    public final List<String> announced = new ArrayList<>();

    @Override
    public void placed(Order order) {
        announced.add("placed " + order.getId());
    }

    @Override
    public void statusChanged(Order order, OrderStatus before) {
        if (before != order.getStatus()) {
            announced.add("status " + order.getId() + " " + before + "->" + order.getStatus());
        }
    }

    @Override
    public void requestPending(Order order) {
        announced.add("requestPending " + order.getId() + " " + order.getLastRequest() + " " + order.getRequestEventId());
    }

    @Override
    public void requestEscalated(Order order) {
        announced.add("requestEscalated " + order.getId());
    }

    @Override
    public void changed(Order order, long previousTotal) {
        announced.add("changed " + order.getId() + " " + previousTotal + "->" + order.getTotalAmount());
    }

    @Override
    public void closed(Order order) {
        announced.add("closed " + order.getId() + " " + order.getStatus() + " " + order.getClosingReason());
    }

    @Override
    public void completed(Order order) {
        announced.add("completed " + order.getId());
    }
}
