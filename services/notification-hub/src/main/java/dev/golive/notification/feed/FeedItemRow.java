package dev.golive.notification.feed;

import dev.golive.notification.domain.NoticeKind;
import dev.golive.notification.domain.Severity;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A message in a person's in-app feed, found by their username. */
@Entity
@Table(name = "feed_item")
public class FeedItemRow extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "delivery_id", nullable = false)
    public UUID deliveryId;

    @Column(name = "cutover_id", nullable = false)
    public UUID cutoverId;

    @Column(nullable = false)
    public String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "notice_kind", nullable = false)
    public NoticeKind noticeKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String body;

    @Column(name = "page_id")
    public UUID pageId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;

    /** The person's items, newest first. Usernames are compared as Keycloak does, ignoring case. */
    public static List<FeedItemRow> of(String username) {
        return list("lower(username) = lower(?1) order by createdAt desc, id", username);
    }

    public static Optional<FeedItemRow> of(String username, UUID id) {
        return find("id = ?1 and lower(username) = lower(?2)", id, username).firstResultOptional();
    }
}
