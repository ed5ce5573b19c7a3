package org.fooddelivery.notification.application;

import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.fooddelivery.notification.domain.Notification;
import org.fooddelivery.notification.domain.NotificationState;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One send: claimed, sent through the channel port, and its outcome recorded and counted. */
class NotificationDispatcherTest {

    private final InMemoryNotifications notifications = new InMemoryNotifications();
    private final List<String> sent = new ArrayList<>();
    private final Map<String, Integer> counted = new TreeMap<>();
    private RuntimeException channelFailure;
    private final NotificationDispatcher dispatcher = new NotificationDispatcher();

    NotificationDispatcherTest() {
        NotificationOutcomes outcomes = new NotificationOutcomes();
        outcomes.notifications = notifications;
        dispatcher.outcomes = outcomes;
        dispatcher.channel = message -> {
            if (channelFailure != null) {
                throw channelFailure;
            }
            sent.add(message.getId());
        };
        dispatcher.metrics = countingRegistry();
    }

    /** Only {@code counter(name, tags)} is used; the counter counts by its state tag. */
    private MetricRegistry countingRegistry() {
        return (MetricRegistry) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{MetricRegistry.class},
                (registry, method, args) -> {
                    if (!method.getName().equals("counter") || args.length != 2 || !(args[1] instanceof Tag[] tags)) {
                        throw new UnsupportedOperationException(method.toString());
                    }
                    String key = args[0] + "{" + tags[0].getTagName() + "=" + tags[0].getTagValue() + "}";
                    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Counter.class},
                            (counter, m, a) -> {
                                if (!m.getName().equals("inc") || a != null) {
                                    throw new UnsupportedOperationException(m.toString());
                                }
                                counted.merge(key, 1, Integer::sum);
                                return null;
                            });
                });
    }

    @Test
    void aMessageTheChannelConfirmsIsSentOnce() {
        Notification message = notifications.stored();
        dispatcher.deliver(message.getId());
        dispatcher.deliver(message.getId());
        assertEquals(List.of(message.getId()), sent, "sent once, however often it is asked");
        assertEquals(NotificationState.SENT, message.getState());
        assertEquals(Map.of("food_notifications{state=sent}", 1), counted);
    }

    @Test
    void aMessageTheChannelCannotSendIsGivenUpWithTheReason() {
        channelFailure = new IllegalStateException("Kakao did not confirm delivery to customer1");
        Notification message = notifications.stored();
        dispatcher.deliver(message.getId());
        assertEquals(NotificationState.FAILED, message.getState());
        assertEquals("IllegalStateException: Kakao did not confirm delivery to customer1", message.getLastError());
        assertEquals(Map.of("food_notifications{state=failed}", 1), counted);
    }
}
