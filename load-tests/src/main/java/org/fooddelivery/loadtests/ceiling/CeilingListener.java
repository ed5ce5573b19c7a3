package org.fooddelivery.loadtests.ceiling;

import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

/**
 * Durable subscriber of the ceiling topic (activation spec {@code ceiling/CeilingListener} in
 * ceiling.xml): receives and inserts a row in one container-managed XA transaction, as the
 * product's listeners do.
 */
@MessageDriven(name = "CeilingListener")
public class CeilingListener implements MessageListener {

    @Inject
    CeilingRecords records;

    @Override
    public void onMessage(Message message) {
        try {
            records.consume(((TextMessage) message).getText());
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read the ceiling message", e);
        }
    }
}
