package org.fooddelivery.platform.testing;

import jakarta.ejb.MessageDriven;
import org.fooddelivery.events.Topic;
import org.fooddelivery.platform.messaging.EventHandler;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A WAR's durable subscriptions as its servers declare them, checked against its code: for the
 * embedded default (liberty-config's {@code includes/services/<service>.xml}) and the distributed
 * topology ({@code distributed/includes/services/<service>.xml}) alike, every activation spec
 * <ul>
 *   <li>is bound to a message-driven bean of the WAR, and every such bean has one;</li>
 *   <li>selects, through its variable {@code <consumer>-<topic>.selector} in
 *       {@code includes/subscriptions.xml}, only events its topic carries ({@link Topic});</li>
 * </ul>
 * and for each consumer the event types its subscriptions select are exactly the types its
 * routes handle: none selected and dropped, none routed and never delivered.
 */
public final class ServerSubscriptions {

    private static final Pattern SELECTOR_VARIABLE = Pattern.compile("\\$\\{([^}]+)}");
    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

    record Subscription(String file, String activationSpec, String topicName, String selectorVariable) {
    }

    private ServerSubscriptions() {
    }

    /** Asserts everything above for {@code war} (e.g. "order-war") and the consumers it runs. */
    public static void assertMatchCode(String war, EventHandler... consumers) {
        Path config = configDirectory();
        Map<String, Set<String>> selectors = selectorVariables(config.resolve("main/liberty/config/includes/subscriptions.xml"));
        String service = war.replaceFirst("-war$", "");
        Set<String> beans = messageDrivenBeanNames(consumers[0].getClass());
        for (Path file : List.of(config.resolve("main/liberty/config/includes/services/" + service + ".xml"),
                config.resolve("main/distributed/includes/services/" + service + ".xml"))) {
            List<Subscription> subscriptions = subscriptions(file);
            assertEquals(beans, subscriptions.stream().map(s -> s.activationSpec().substring(war.length() + 1))
                            .collect(Collectors.toCollection(TreeSet::new)),
                    file + ": activation specs " + war + "/<name> and the WAR's @MessageDriven names differ");
            Set<String> claimed = new LinkedHashSet<>();
            for (EventHandler consumer : consumers) {
                Set<String> selected = new TreeSet<>();
                for (Subscription subscription : subscriptions) {
                    if (!subscription.selectorVariable().equals(consumer.consumer() + "-" + subscription.topicName() + ".selector")) {
                        continue;
                    }
                    claimed.add(subscription.activationSpec());
                    Set<String> types = selectors.get(subscription.selectorVariable());
                    assertTrue(types != null, subscription.selectorVariable() + " is not defined in subscriptions.xml");
                    Topic topic = Topic.named(subscription.topicName())
                            .orElseThrow(() -> new AssertionError(file + ": no topic " + subscription.topicName()));
                    Set<String> foreign = new TreeSet<>(types);
                    foreign.removeAll(topic.eventTypes());
                    assertTrue(foreign.isEmpty(), subscription.selectorVariable() + " selects " + foreign
                            + ", which topic " + topic.topicName() + " never carries");
                    for (String type : types) {
                        assertTrue(selected.add(type), consumer.consumer() + " selects " + type + " twice");
                    }
                }
                assertEquals(new TreeSet<>(consumer.routes().eventTypes()), selected, file + ": consumer "
                        + consumer.consumer() + ": the event types its subscriptions select (right) and its routes (left) differ");
            }
            Set<String> unclaimed = subscriptions.stream().map(Subscription::activationSpec)
                    .filter(spec -> !claimed.contains(spec)).collect(Collectors.toCollection(TreeSet::new));
            assertTrue(unclaimed.isEmpty(), file + ": subscriptions no consumer of " + war + " reads: " + unclaimed);
        }
    }

    static List<Subscription> subscriptions(Path file) {
        List<Subscription> subscriptions = new ArrayList<>();
        NodeList specs = parse(file).getElementsByTagName("jmsActivationSpec");
        for (int i = 0; i < specs.getLength(); i++) {
            Element spec = (Element) specs.item(i);
            Element properties = firstChildElement(spec);
            String destination = properties.getAttribute("destinationLookup");
            Matcher variable = SELECTOR_VARIABLE.matcher(properties.getAttribute("messageSelector"));
            if (!destination.startsWith("jms/topic/") || !variable.matches()) {
                fail(file + ": " + spec.getAttribute("id") + " needs destinationLookup jms/topic/<topic> and"
                        + " messageSelector ${<consumer>-<topic>.selector}");
            }
            subscriptions.add(new Subscription(file.toString(), spec.getAttribute("id"),
                    destination.substring("jms/topic/".length()), variable.group(1)));
        }
        return subscriptions;
    }

    static Map<String, Set<String>> selectorVariables(Path file) {
        Map<String, Set<String>> selectors = new HashMap<>();
        NodeList variables = parse(file).getElementsByTagName("variable");
        for (int i = 0; i < variables.getLength(); i++) {
            Element variable = (Element) variables.item(i);
            String name = variable.getAttribute("name");
            if (name.endsWith(".selector")) {
                Matcher quoted = QUOTED.matcher(variable.getAttribute("defaultValue"));
                Set<String> types = new TreeSet<>();
                while (quoted.find()) {
                    types.add(quoted.group(1));
                }
                selectors.put(name, types);
            }
        }
        return selectors;
    }

    /** The names of the @MessageDriven classes compiled beside {@code anyClassOfTheWar}. */
    static Set<String> messageDrivenBeanNames(Class<?> anyClassOfTheWar) {
        try {
            Path classes = Path.of(anyClassOfTheWar.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(classes)) {
                return files.filter(path -> path.toString().endsWith(".class"))
                        .map(path -> classes.relativize(path).toString().replace('/', '.').replaceFirst("\\.class$", ""))
                        .map(ServerSubscriptions::load)
                        .filter(type -> type.isAnnotationPresent(MessageDriven.class))
                        .map(type -> type.getAnnotation(MessageDriven.class).name())
                        .collect(Collectors.toCollection(TreeSet::new));
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ServerSubscriptions.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("cannot load " + name, e);
        }
    }

    /** liberty-config/src, found from the module the test runs in. */
    private static Path configDirectory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("liberty-config/src");
            if (Files.isDirectory(candidate.resolve("main/liberty/config/includes"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("liberty-config/src not found above " + Path.of("").toAbsolutePath());
    }

    private static org.w3c.dom.Document parse(Path file) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    private static Element firstChildElement(Element parent) {
        for (int i = 0; i < parent.getChildNodes().getLength(); i++) {
            if (parent.getChildNodes().item(i) instanceof Element child) {
                return child;
            }
        }
        throw new AssertionError("activation spec without properties: " + parent.getAttribute("id"));
    }
}
