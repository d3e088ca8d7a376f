package dev.golive.planner.feed;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A person's secret calendar link; only the SHA-256 of its secret is kept (V10__calendar_feeds.sql). */
@Entity
@Table(name = "calendar_subscription")
public class CalendarSubscription extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String person;

    @Column(nullable = false)
    public String label;

    @Column(name = "token_sha256", nullable = false)
    public String tokenSha256;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "last_read_at")
    public Instant lastReadAt;
}
