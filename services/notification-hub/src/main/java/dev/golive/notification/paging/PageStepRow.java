package dev.golive.notification.paging;

import dev.golive.notification.domain.PageLevel;
import dev.golive.notification.domain.PageStep;
import dev.golive.notification.domain.StepOutcome;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One step of a page. A step that paged someone keeps the SHA-256 of the one-time token of its
 * acknowledgement link: the token itself is only in the message to that person.
 */
@Entity
@Table(name = "page_step")
@IdClass(PageStepRow.Key.class)
public class PageStepRow extends PanacheEntityBase {

    @Id
    @Column(name = "page_id")
    public UUID pageId;

    @Id
    public int seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PageLevel level;

    public String username;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;

    @Column(name = "ack_deadline")
    public Instant ackDeadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StepOutcome outcome;

    @Column(name = "outcome_at")
    public Instant outcomeAt;

    @Column(name = "token_sha256")
    public String tokenSha256;

    public PageStep toDomain() {
        return new PageStep(level, Optional.ofNullable(username), sentAt, Optional.ofNullable(ackDeadline), outcome,
                Optional.ofNullable(outcomeAt));
    }

    void take(PageStep step) {
        level = step.level();
        username = step.username().orElse(null);
        sentAt = step.sentAt();
        ackDeadline = step.ackDeadline().orElse(null);
        outcome = step.outcome();
        outcomeAt = step.outcomeAt().orElse(null);
    }

    public static List<PageStepRow> of(UUID pageId) {
        return list("pageId = ?1 order by seq", pageId);
    }

    public static Optional<PageStepRow> byToken(UUID pageId, String tokenSha256) {
        return find("pageId = ?1 and tokenSha256 = ?2", pageId, tokenSha256).firstResultOptional();
    }

    /** The composite key (page, sequence number). */
    public static class Key implements Serializable {
        public UUID pageId;
        public int seq;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(pageId, k.pageId) && seq == k.seq;
        }

        @Override
        public int hashCode() {
            return Objects.hash(pageId, seq);
        }
    }
}
