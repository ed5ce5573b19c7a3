package org.fooddelivery.kitchen.domain;

import java.util.List;

/**
 * Moves a ticket's reservation from its current lines to new ones on the shelf, or answers false
 * and changes nothing ({@link StockReservations#replace}, bound to the ticket's store).
 */
@FunctionalInterface
public interface ReservationChange {

    boolean replace(List<TicketLine> from, List<TicketLine> to);
}
