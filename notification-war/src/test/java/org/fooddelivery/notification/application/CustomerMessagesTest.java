package org.fooddelivery.notification.application;

import org.fooddelivery.events.EventEnvelope;
import org.fooddelivery.events.kitchen.ThankYouSent;
import org.fooddelivery.events.order.OrderRequestEscalated;
import org.fooddelivery.events.order.OrderStatusChanged;
import org.fooddelivery.notification.domain.Notification;
import org.fooddelivery.notification.domain.NotificationState;
import org.fooddelivery.notification.domain.NotificationType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Each event becomes one stored PENDING message, announced for sending after commit. */
class CustomerMessagesTest {

    private final InMemoryNotifications notifications = new InMemoryNotifications();
    private final RecordedStored stored = new RecordedStored();
    private final CustomerMessages messages = new CustomerMessages();

    CustomerMessagesTest() {
        messages.notifications = notifications;
        messages.stored = stored;
        messages.texts = MessageTextsTest.texts();
    }

    private Notification only() {
        List<Notification> all = notifications.all();
        assertEquals(1, all.size());
        assertEquals(List.of(all.get(0).getId()), stored.fired, "sent after commit");
        assertEquals(NotificationState.PENDING, all.get(0).getState());
        return all.get(0);
    }

    @Test
    void aStatusChangeTellsTheCustomer() {
        OrderStatusChanged change = new OrderStatusChanged("0f1e2d3c-4b5a", "customer1", 1, "REJECTED", "PLACED", "OUT_OF_STOCK");
        messages.onStatusChanged(EventEnvelope.of(change, Instant.now()), change);
        Notification message = only();
        assertEquals(NotificationType.STATUS_CHANGED, message.getType());
        assertEquals("REJECTED", message.getOrderStatus());
        assertEquals("customer1", message.getCustomerId());
        assertEquals("[주문 거절] 주문 0f1e2d3c이(가) 거절되어 (OUT_OF_STOCK) 전액 환불됩니다."
                + " Order 0f1e2d3c was rejected (OUT_OF_STOCK); your payment is refunded.", message.getText());
    }

    @Test
    void anEscalatedRequestTellsTheCustomerAnOperatorHasIt() {
        OrderRequestEscalated escalated = new OrderRequestEscalated("0f1e2d3c-4b5a", "customer1", "CANCEL", 2);
        messages.onRequestEscalated(EventEnvelope.of(escalated, Instant.now()), escalated);
        Notification message = only();
        assertEquals("CANCEL_REQUESTED", message.getOrderStatus());
        assertEquals("[취소 요청 지연] 가게가 주문 0f1e2d3c의 취소 요청에 답하지 않아 상담원이 확인 중입니다."
                + " The store has not answered the cancellation of order 0f1e2d3c; an operator is on it.", message.getText());
    }

    @Test
    void theStoresThanksUnderItsName() {
        ThankYouSent thanks = new ThankYouSent("o-1", "customer1", 1, "Gangnam Chicken House", "Thank you!");
        messages.onThankYou(EventEnvelope.of(thanks, Instant.now()), thanks);
        Notification message = only();
        assertEquals(NotificationType.THANK_YOU, message.getType());
        assertNull(message.getOrderStatus());
        assertEquals("[Gangnam Chicken House] Thank you!", message.getText());
    }
}
