package org.fooddelivery.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Runs work in a transaction of its own, so that its failure leaves the caller's transaction
 * usable: the last delivery of a message and an operator's replay record the failure after the
 * work rolled back.
 */
@ApplicationScoped
public class SeparateTransaction {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void run(Runnable work) {
        work.run();
    }
}
