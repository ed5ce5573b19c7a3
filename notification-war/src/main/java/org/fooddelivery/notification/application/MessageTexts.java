package org.fooddelivery.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words the customer reads, from microprofile-config: {@code notification.text.<STATUS>} per
 * status (F10), {@code notification.text.default} for a status without its own,
 * {@code notification.text.thank-you} around the store's thanks (F12). Placeholders in braces are
 * filled in one pass, so a value that itself contains braces is left as it is.
 */
@ApplicationScoped
public class MessageTexts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    /** Contract §5 shows an order by the first eight characters of its id. */
    private static final int SHORT_ORDER_ID = 8;

    private final Function<String, Optional<String>> settings;

    @Inject
    public MessageTexts(Config config) {
        this(name -> config.getOptionalValue(name, String.class));
    }

    /** Over any source of settings (tests read the WAR's microprofile-config.properties). */
    MessageTexts(Function<String, Optional<String>> settings) {
        this.settings = settings;
    }

    /** For CDI's proxy. */
    protected MessageTexts() {
        this.settings = null;
    }

    public String statusChanged(String orderId, String status, String reason) {
        String template = settings.apply("notification.text." + status).orElseGet(() -> required("notification.text.default"));
        return fill(template, Map.of("order", orderId.length() > SHORT_ORDER_ID ? orderId.substring(0, SHORT_ORDER_ID) : orderId,
                "status", status, "reason", reason == null ? "" : reason));
    }

    public String thankYou(String storeName, String message) {
        return fill(required("notification.text.thank-you"), Map.of("store", String.valueOf(storeName), "message", String.valueOf(message)));
    }

    private String required(String name) {
        return settings.apply(name).orElseThrow(() -> new IllegalStateException(name + " is not configured"));
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher placeholders = PLACEHOLDER.matcher(template);
        return placeholders.replaceAll(p -> Matcher.quoteReplacement(values.getOrDefault(p.group(1), p.group())));
    }
}
