package org.fooddelivery.kitchen.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fooddelivery.events.kitchen.CookingFinished;
import org.fooddelivery.events.kitchen.CookingStarted;
import org.fooddelivery.events.kitchen.ThankYouSent;
import org.fooddelivery.events.kitchen.TicketAccepted;
import org.fooddelivery.events.kitchen.TicketCancellationRefused;
import org.fooddelivery.events.kitchen.TicketCancelled;
import org.fooddelivery.events.kitchen.TicketChangeRefused;
import org.fooddelivery.events.kitchen.TicketChanged;
import org.fooddelivery.events.kitchen.TicketCreated;
import org.fooddelivery.events.kitchen.TicketRejected;
import org.fooddelivery.events.order.DeliveryAddress;
import org.fooddelivery.kitchen.application.KitchenEvents;
import org.fooddelivery.kitchen.domain.Store;
import org.fooddelivery.kitchen.domain.Ticket;
import org.fooddelivery.platform.messaging.EventPublisher;

/** The kitchen's announcements as events on its topic, sent in the caller's transaction. */
@ApplicationScoped
public class JmsKitchenEvents implements KitchenEvents {

    @Inject
    EventPublisher publisher;

    @Override
    public void ticketCreated(Ticket ticket, Store store) {
        publisher.publish(new TicketCreated(ticket.getOrderId(), store.getId(), store.getName()));
    }

    @Override
    public void ticketRejected(String orderId, String reason) {
        publisher.publish(new TicketRejected(orderId, reason));
    }

    @Override
    public void ticketCancelled(String orderId) {
        publisher.publish(new TicketCancelled(orderId));
    }

    @Override
    public void cancellationRefused(String orderId, String reason) {
        publisher.publish(new TicketCancellationRefused(orderId, reason));
    }

    @Override
    public void ticketChanged(String orderId, int changeNumber) {
        publisher.publish(new TicketChanged(orderId, changeNumber));
    }

    @Override
    public void changeRefused(String orderId, int changeNumber, String reason) {
        publisher.publish(new TicketChangeRefused(orderId, changeNumber, reason));
    }

    @Override
    public void ticketAccepted(String orderId) {
        publisher.publish(new TicketAccepted(orderId));
    }

    @Override
    public void cookingStarted(String orderId) {
        publisher.publish(new CookingStarted(orderId));
    }

    @Override
    public void cookingFinished(Ticket ticket, Store store) {
        publisher.publish(new CookingFinished(ticket.getOrderId(), ticket.getCustomerId(), store.getId(),
                store.getName(), store.getLat(), store.getLng(),
                new DeliveryAddress(ticket.getArea(), ticket.getStreet(), ticket.getLat(), ticket.getLng())));
    }

    @Override
    public void thankYouSent(Ticket ticket, Store store, String message) {
        publisher.publish(new ThankYouSent(ticket.getOrderId(), ticket.getCustomerId(), store.getId(),
                store.getName(), message));
    }
}
