package org.fooddelivery.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

/** The words of each status message, from microprofile-config ({@code notification.text.<STATUS>}). */
@ApplicationScoped
public class MessageTexts {

    public String statusChanged(String orderId, String status, String reason) {
        String template = ConfigProvider.getConfig()
                .getOptionalValue("notification.text." + status, String.class)
                .orElse("Order {order}: {status}");
        return template.replace("{order}", orderId.length() > 8 ? orderId.substring(0, 8) : orderId)
                .replace("{status}", status)
                .replace("{reason}", reason == null ? "" : reason);
    }
}
