package org.fooddelivery.contracts.events;

/**
 * JNDI names of the messaging resources defined in server.xml. One topic per publishing service
 * (SPEC §4); a service publishes only to its own topic and subscribes to the others' with durable
 * subscriptions declared as activation specs.
 */
public final class Destinations {

    public static final String CONNECTION_FACTORY = "jms/foodConnectionFactory";
    public static final String ORDER_EVENTS = "jms/topic/orderEvents";
    public static final String KITCHEN_EVENTS = "jms/topic/kitchenEvents";
    public static final String DELIVERY_EVENTS = "jms/topic/deliveryEvents";
    public static final String PAYMENT_EVENTS = "jms/topic/paymentEvents";

    /** JMS string property carrying the event type, so consumers can use message selectors. */
    public static final String EVENT_TYPE_PROPERTY = "eventType";
    /** JMS string property carrying the event id, for operators reading a destination. */
    public static final String EVENT_ID_PROPERTY = "eventId";

    private Destinations() {
    }
}
