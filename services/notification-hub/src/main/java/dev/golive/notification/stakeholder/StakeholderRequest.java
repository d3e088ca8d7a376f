package dev.golive.notification.stakeholder;

import java.util.List;

/**
 * Body of {@code POST /api/cutovers/{cutoverId}/stakeholders} and of {@code PUT} on one. Enumerated
 * fields are read as text so that a wrong value is a 422 naming the field. {@code webhooks} and
 * {@code subscriptions} are read at creation only (later through their own endpoints); no
 * subscriptions means the defaults of the role.
 */
public record StakeholderRequest(String name, String username, String role, String zone, String language,
                                 String email, List<WebhookRequest> webhooks,
                                 List<SubscriptionRequest> subscriptions) {

    public record WebhookRequest(String url, String format) {
    }

    public record SubscriptionRequest(String eventKind, String minimumSeverity, String channel) {
    }
}
