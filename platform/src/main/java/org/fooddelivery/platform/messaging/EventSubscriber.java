package org.fooddelivery.platform.messaging;

import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * The one shape of every message-driven bean of the platform: a class per durable subscription,
 * annotated {@code @MessageDriven(name = "...")} with the name of its activation spec
 * ({@code <war>/<name>} in liberty-config's includes/services/*.xml), that hands each delivery to
 * {@link EventConsumption} with the consumer's {@link EventHandler}. All a subclass adds is which
 * handler: the subscription's topic and selector are server configuration.
 */
public abstract class EventSubscriber implements MessageListener {

    @Inject
    EventConsumption consumption;

    /** The consumer this subscription feeds; several subscriptions may feed one consumer. */
    protected abstract EventHandler handler();

    @Override
    public void onMessage(Message message) {
        consumption.consume(handler(), message);
    }
}
