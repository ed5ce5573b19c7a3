package org.fooddelivery.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * The kitchen's answers to the customer's pending cancel or change (a cancellation it took closes
 * the order: {@link CloseOrder}). A change it took becomes the order, announced as OrderChanged,
 * which payment adjusts to; an answer to an older change is ignored.
 */
@ApplicationScoped
public class KitchenAnswers {

    @Inject
    OrderUpdates updates;

    @Inject
    OrderEvents events;

    public void cancellationRefused(String orderId, String reason) {
        updates.onFact(orderId, order -> order.cancellationRefused(reason, Instant.now()));
    }

    public void changeTaken(String orderId, int changeNumber) {
        updates.onFact(orderId, order -> order.changeAccepted(changeNumber, Instant.now())
                .ifPresent(previousTotal -> events.changed(order, previousTotal)));
    }

    public void changeRefused(String orderId, int changeNumber, String reason) {
        updates.onFact(orderId, order -> order.changeRefused(changeNumber, reason, Instant.now()));
    }
}
