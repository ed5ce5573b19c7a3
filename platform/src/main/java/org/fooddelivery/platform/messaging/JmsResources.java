package org.fooddelivery.platform.messaging;

/**
 * The names every service's messaging code shares with its server configuration: the connection
 * factory's JNDI name (server.xml) and the JMS properties each event message carries beside its
 * JSON envelope. The topics are configuration: each service names its own in
 * {@code food.service.topic}, and its subscriptions are activation specs in server.xml.
 */
public final class JmsResources {

    public static final String CONNECTION_FACTORY = "jms/foodConnectionFactory";

    /** JMS string property carrying the event type, so consumers can use message selectors. */
    public static final String EVENT_TYPE_PROPERTY = "eventType";
    /** JMS string property carrying the event id, for operators reading a destination. */
    public static final String EVENT_ID_PROPERTY = "eventId";

    private JmsResources() {
    }
}
