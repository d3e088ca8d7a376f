package dev.golive.staging.webhook;

import dev.golive.edge.webhook.StandardWebhooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.UUID;

/**
 * Creates and rotates the per-cutover webhook secret (a Standard Webhooks {@code whsec_} secret:
 * 32 random bytes in base64) and checks signatures against it ({@link StandardWebhooks}). The
 * secret is returned once, to the ops lead who creates it, and never logged. Secrets stored
 * before Standard Webhooks were rewritten by migration V3 into the {@code whsec_} form of the very
 * key they had, so a sender that kept its old secret can still derive the new form of it.
 */
@ApplicationScoped
public class WebhookSecrets {

    private static final Logger LOG = Logger.getLogger(WebhookSecrets.class);

    @Inject
    Clock clock;

    /** A new secret for the cutover, replacing any previous one; the only time it is ever readable. */
    @Transactional
    public Created rotate(UUID cutoverId, String by) {
        String secret = StandardWebhooks.newSecret();
        WebhookSecretRow row = WebhookSecretRow.findById(cutoverId);
        boolean rotated = row != null;
        if (row == null) {
            row = new WebhookSecretRow();
            row.cutoverId = cutoverId;
        }
        row.secret = secret;
        row.createdBy = by;
        row.createdAt = clock.instant();
        row.persist();
        LOG.infof("webhook secret of cutover %s %s by %s", cutoverId, rotated ? "rotated" : "created", by);
        return new Created(row, secret, rotated);
    }

    /**
     * Whether {@code signatures} holds the cutover's signature of this message id, timestamp and
     * body, sent at most 5 minutes from now; false when the cutover has no secret.
     */
    @Transactional
    public boolean verify(UUID cutoverId, String id, String timestamp, String signatures, byte[] body) {
        WebhookSecretRow row = WebhookSecretRow.findById(cutoverId);
        if (row == null) {
            return false;
        }
        StandardWebhooks.Verification verification = StandardWebhooks.verify(row.secret, id, timestamp, signatures,
                body, clock.instant());
        if (!verification.valid()) {
            // Said to the caller only as "invalid signature"; the log says which check failed.
            LOG.infof("webhook call %s for cutover %s refused: %s", id, cutoverId, verification.failure());
        }
        return verification.valid();
    }

    public record Created(WebhookSecretRow row, String secret, boolean rotated) {
        @Override
        public String toString() {
            return "Created[" + row + ", rotated " + rotated + "]";
        }
    }
}
