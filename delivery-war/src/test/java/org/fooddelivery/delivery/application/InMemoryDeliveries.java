package org.fooddelivery.delivery.application;

import org.fooddelivery.delivery.domain.Delivery;
import org.fooddelivery.delivery.domain.DeliveryRepository;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The repository's contract over a map, for the use cases' tests (no database; lock is find). */
public class InMemoryDeliveries extends DeliveryRepository {

    private final Map<String, Delivery> rows = new LinkedHashMap<>();

    @Override
    public Optional<Delivery> find(String orderId) {
        return Optional.ofNullable(rows.get(orderId));
    }

    @Override
    public Optional<Delivery> lock(String orderId) {
        return find(orderId);
    }

    @Override
    public void add(Delivery delivery) {
        if (rows.putIfAbsent(delivery.getOrderId(), delivery) != null) {
            throw new IllegalStateException("duplicate key " + delivery.getOrderId());
        }
    }

    @Override
    public List<Delivery> waitingIn(String area, int max) {
        return rows.values().stream().filter(d -> d.isWaitingIn(area))
                .sorted(Comparator.comparing(Delivery::getReadyAt)).limit(max).toList();
    }

    @Override
    public List<String> waitingSince(Instant cutoff, int max) {
        return rows.values().stream().filter(d -> d.isWaitingForRiderSince(cutoff))
                .sorted(Comparator.comparing(Delivery::getReadyAt)).limit(max).map(Delivery::getOrderId).toList();
    }

    @Override
    public List<Delivery> escalated(int max) {
        return rows.values().stream().filter(d -> d.getEscalatedAt() != null && d.isWaitingIn(d.getArea()))
                .sorted(Comparator.comparing(Delivery::getReadyAt)).limit(max).toList();
    }

    public int size() {
        return rows.size();
    }
}
