package org.fooddelivery.order.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The command side of an order: what the customer bought, at which prices, and where the order
 * stands in its lifecycle. An order exists only once it is paid.
 */
@Entity
@Table(name = "CUSTOMER_ORDER")
public class Order {

    @Id
    private String id;
    private String customerId;
    private long storeId;
    @Enumerated(EnumType.STRING)
    private OrderStatus status;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ORDER_LINE", joinColumns = @JoinColumn(name = "ORDER_ID"))
    @OrderColumn(name = "LINE_NO")
    private List<OrderLine> lines = new ArrayList<>();
    private long totalAmount;
    @Embedded
    private DeliveryAddress deliveryAddress;
    private String paymentId;
    private Instant createdAt;
    @Version
    private long version;

    protected Order() {
    }

    private Order(String id, String customerId, long storeId, PricedOrder priced, DeliveryAddress address,
                  String paymentId, Instant createdAt) {
        this.id = id;
        this.customerId = customerId;
        this.storeId = storeId;
        this.lines = new ArrayList<>(priced.lines());
        this.totalAmount = priced.total();
        this.deliveryAddress = address;
        this.paymentId = paymentId;
        this.createdAt = createdAt;
        this.status = OrderStatus.PLACED;
    }

    /** A priced order whose payment was approved: the first state of the lifecycle. */
    public static Order placed(String id, String customerId, long storeId, PricedOrder priced,
                               DeliveryAddress address, String paymentId, Instant at) {
        return new Order(id, customerId, storeId, priced, address, paymentId, at);
    }

    public boolean belongsTo(String userId) {
        return customerId.equals(userId);
    }

    public String getId() {
        return id;
    }

    public String getCustomerId() {
        return customerId;
    }

    public long getStoreId() {
        return storeId;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public List<OrderLine> getLines() {
        return List.copyOf(lines);
    }

    public long getTotalAmount() {
        return totalAmount;
    }

    public DeliveryAddress getDeliveryAddress() {
        return deliveryAddress;
    }

    public String getPaymentId() {
        return paymentId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
