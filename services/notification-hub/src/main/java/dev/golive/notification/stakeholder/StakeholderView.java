package dev.golive.notification.stakeholder;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A stakeholder as the API shows it. A webhook's secret appears only in the response that created it. */
public record StakeholderView(UUID id, UUID cutoverId, String name, String username, String role, String zone,
                              String language, String email, List<WebhookView> webhooks,
                              List<SubscriptionView> subscriptions, Instant createdAt, Instant updatedAt,
                              long version) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WebhookView(UUID id, String url, String format, String secret, Instant createdAt) {

        static WebhookView of(WebhookTargetRow row, boolean withSecret) {
            return new WebhookView(row.id, row.url, row.format.name(), withSecret ? row.secret : null, row.createdAt);
        }
    }

    public record SubscriptionView(String eventKind, String minimumSeverity, String channel) {

        static SubscriptionView of(SubscriptionRow row) {
            return new SubscriptionView(row.eventKind, row.minimumSeverity.name(), row.channel.name());
        }
    }

    static StakeholderView of(StakeholderRow row, List<WebhookTargetRow> webhooks, List<SubscriptionRow> subscriptions,
                              boolean withSecrets) {
        return new StakeholderView(row.id, row.cutoverId, row.name, row.username, row.role.name(), row.zone,
                row.language, row.email, webhooks.stream().map(w -> WebhookView.of(w, withSecrets)).toList(),
                subscriptions.stream().map(SubscriptionView::of).toList(), row.createdAt, row.updatedAt, row.version);
    }

    static StakeholderView of(StakeholderRow row) {
        return of(row, WebhookTargetRow.of(row.id), SubscriptionRow.of(row.id), false);
    }
}
