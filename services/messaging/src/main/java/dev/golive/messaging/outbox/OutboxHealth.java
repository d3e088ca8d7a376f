package dev.golive.messaging.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The outbox in the readiness report. The service stays ready while the broker is away — taking
 * writes and keeping their events is what the outbox is for — so this check is always UP and says
 * instead how much is waiting ({@code backlog}), how old the oldest waiting event is, and how many
 * events the broker refused for good ({@code setAside}, each also a warning in the log).
 */
@Readiness
@ApplicationScoped
public class OutboxHealth implements HealthCheck {

    private final EntityManager entityManager;
    private final Clock clock;

    public OutboxHealth(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public HealthCheckResponse call() {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery("""
                        SELECT count(*) FILTER (WHERE published_at IS NULL AND set_aside_at IS NULL),
                               min(occurred_at) FILTER (WHERE published_at IS NULL AND set_aside_at IS NULL),
                               count(*) FILTER (WHERE set_aside_at IS NOT NULL)
                        FROM outbox_event WHERE published_at IS NULL""")
                .getSingleResult());
        long backlog = ((Number) row[0]).longValue();
        Instant oldest = row[1] == null ? null : toInstant(row[1]);
        long setAside = ((Number) row[2]).longValue();
        return HealthCheckResponse.named("outbox").up()
                .withData("backlog", backlog)
                .withData("oldestWaitingSeconds", oldest == null ? 0 : Duration.between(oldest, clock.instant()).toSeconds())
                .withData("setAside", setAside)
                .build();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return Instant.parse(value.toString());
    }
}
