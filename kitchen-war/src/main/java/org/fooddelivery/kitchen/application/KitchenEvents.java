package org.fooddelivery.kitchen.application;

import org.fooddelivery.kitchen.domain.Store;
import org.fooddelivery.kitchen.domain.Ticket;

/**
 * What the kitchen announces to the saga (contract §4, the kitchen topic). Application services
 * call it inside their transaction; the messaging package implements it with JMS, so an
 * announcement is sent if and only if the state change that caused it commits.
 */
public interface KitchenEvents {

    void ticketCreated(Ticket ticket, Store store);

    void ticketRejected(String orderId, String reason);

    void ticketCancelled(String orderId);

    void cancellationRefused(String orderId, String reason);

    void ticketChanged(String orderId, int changeNumber);

    void changeRefused(String orderId, int changeNumber, String reason);

    void ticketAccepted(String orderId);

    void cookingStarted(String orderId);

    /** The food is ready at the store: riders near the customer may pick it up. */
    void cookingFinished(Ticket ticket, Store store);

    void thankYouSent(Ticket ticket, Store store, String message);
}
