package dev.golive.notification.domain;

import java.util.Objects;

/** One URL a stakeholder's messages are posted to; its signing secret stays with the adapter that sends. */
public record WebhookTarget(String id, String url, WebhookFormat format) {

    public WebhookTarget {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(format, "format");
    }
}
