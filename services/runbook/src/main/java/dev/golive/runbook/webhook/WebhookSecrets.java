package dev.golive.runbook.webhook;

import dev.golive.edge.webhook.StandardWebhooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.UUID;

/** Creates or rotates a cutover's upgrade-platform secret; the answer is the only place it appears. */
@ApplicationScoped
public class WebhookSecrets {

    private final Clock clock;

    public WebhookSecrets(Clock clock) {
        this.clock = clock;
    }

    @Transactional
    public UpgradePlatformWebhook.SecretView rotate(UUID cutoverId, String by) {
        WebhookSecretRow row = WebhookSecretRow.findById(cutoverId);
        if (row == null) {
            row = new WebhookSecretRow();
            row.cutoverId = cutoverId;
        }
        row.secret = StandardWebhooks.newSecret();
        row.createdBy = by;
        row.createdAt = clock.instant();
        row.persist();
        return new UpgradePlatformWebhook.SecretView(cutoverId, row.secret, "/api/webhooks/upgrade-platform/" + cutoverId,
                "https://www.standardwebhooks.com");
    }
}
