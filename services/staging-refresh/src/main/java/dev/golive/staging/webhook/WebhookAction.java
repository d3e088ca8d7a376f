package dev.golive.staging.webhook;

import java.util.Arrays;
import java.util.Optional;

/** What a webhook call reports, by its {@code action} name. */
public enum WebhookAction {
    STAGE_CHANGED("stage-changed"),
    HOP_STARTED("hop-started"),
    HOP_FINISHED("hop-finished"),
    ATTEMPT_STARTED("attempt-started"),
    ATTEMPT_FINISHED("attempt-finished");

    private final String wireName;

    WebhookAction(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<WebhookAction> of(String name) {
        return Arrays.stream(values()).filter(a -> a.wireName.equals(name)).findFirst();
    }

    public static String names() {
        return Arrays.toString(Arrays.stream(values()).map(WebhookAction::wireName).toArray());
    }
}
