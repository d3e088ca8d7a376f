package dev.golive.notification.unsubscribe;

import dev.golive.notification.NotificationConfig;
import dev.golive.notification.domain.NoticeKind;
import dev.golive.notification.domain.UnsubscribeToken;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The one-click unsubscribe links of mails and the check of their tokens. The secret is the
 * configured {@code golive.notification.unsubscribe-secret}, or one the hub generated once and keeps in
 * its database (so every instance agrees and old links survive a restart); it is never logged.
 */
@ApplicationScoped
public class UnsubscribeLinks {

    private static final String SECRET_NAME = "unsubscribe";

    private final NotificationConfig config;
    private final EntityManager entityManager;
    private final Clock clock;
    private volatile byte[] secret;

    public UnsubscribeLinks(NotificationConfig config, EntityManager entityManager, Clock clock) {
        this.config = config;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The https (in production) link of the hub's confirmation page, carrying the signed token. */
    public String link(UUID stakeholderId, UUID cutoverId, NoticeKind kind) {
        String token = new UnsubscribeToken(stakeholderId, cutoverId, kind).sign(secret());
        return config.publicUrl().replaceAll("/+$", "") + "/api/unsubscribe?token="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** The claims of a token this hub signed; empty for a tampered, truncated or foreign one. */
    public Optional<UnsubscribeToken> verify(String token) {
        return UnsubscribeToken.verify(token, secret());
    }

    private byte[] secret() {
        byte[] s = secret;
        if (s == null) {
            s = config.unsubscribeSecret().filter(v -> !v.isBlank()).map(v -> v.getBytes(StandardCharsets.UTF_8))
                    .orElseGet(() -> QuarkusTransaction.requiringNew().call(this::storedSecret));
            secret = s;
        }
        return s;
    }

    /** The generated secret, written by whichever instance needs it first. */
    private byte[] storedSecret() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        entityManager.createNativeQuery("INSERT INTO hub_secret (name, value, created_at) VALUES (?1, ?2, ?3) "
                        + "ON CONFLICT (name) DO NOTHING")
                .setParameter(1, SECRET_NAME)
                .setParameter(2, Base64.getEncoder().encodeToString(random))
                .setParameter(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate();
        String stored = (String) entityManager.createNativeQuery("SELECT value FROM hub_secret WHERE name = ?1")
                .setParameter(1, SECRET_NAME).getSingleResult();
        return Base64.getDecoder().decode(stored);
    }
}
