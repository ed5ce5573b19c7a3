package org.fooddelivery.order.application;

import org.fooddelivery.order.domain.Order;
import org.fooddelivery.order.domain.OrderRepository;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Orders in a map: "locking" one is finding it (a test runs one use case at a time). */
public class FakeOrderRepository extends OrderRepository {

    public final Map<String, Order> stored = new LinkedHashMap<>();

    @Override
    public void add(Order order) {
        stored.put(order.getId(), order);
    }

    @Override
    public Optional<Order> lock(String orderId) {
        return find(orderId);
    }

    @Override
    public Optional<Order> find(String orderId) {
        return Optional.ofNullable(stored.get(orderId));
    }
}
