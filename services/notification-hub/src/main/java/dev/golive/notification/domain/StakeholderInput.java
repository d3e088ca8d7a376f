package dev.golive.notification.domain;

import java.util.List;

/**
 * A stakeholder as entered, every field as given (text), for {@link StakeholderRules} to check
 * before anything is stored; lists may be null (none given).
 */
public record StakeholderInput(String name, String username, String role, String zone, String language, String email,
                               List<WebhookInput> webhooks, List<SubscriptionInput> subscriptions) {

    /** A webhook target as entered. */
    public record WebhookInput(String url, String format) {
    }

    /** A subscription as entered. */
    public record SubscriptionInput(String eventKind, String minimumSeverity, String channel) {
    }
}
