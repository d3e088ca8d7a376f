package dev.golive.staging.webhook;

import dev.golive.staging.domain.WebhookSignature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Creates and rotates the per-cutover webhook secret (32 random bytes, as 64 hex characters; the
 * HMAC key is the UTF-8 of that text) and checks signatures against it. The secret is returned
 * once, to the ops lead who creates it, and never logged.
 */
@ApplicationScoped
public class WebhookSecrets {

    private static final Logger LOG = Logger.getLogger(WebhookSecrets.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Clock clock;

    /** A new secret for the cutover, replacing any previous one; the only time it is ever readable. */
    @Transactional
    public Created rotate(UUID cutoverId, String by) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = HexFormat.of().formatHex(bytes);
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

    /** Whether {@code signature} is the cutover's signature of {@code body}; false when it has no secret. */
    @Transactional
    public boolean verify(UUID cutoverId, byte[] body, String signature) {
        WebhookSecretRow row = WebhookSecretRow.findById(cutoverId);
        return row != null && WebhookSignature.verify(row.secret.getBytes(StandardCharsets.UTF_8), body, signature);
    }

    public record Created(WebhookSecretRow row, String secret, boolean rotated) {
        @Override
        public String toString() {
            return "Created[" + row + ", rotated " + rotated + "]";
        }
    }
}
