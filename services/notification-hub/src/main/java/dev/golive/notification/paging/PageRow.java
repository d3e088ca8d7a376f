package dev.golive.notification.paging;

import dev.golive.notification.domain.Acknowledgement;
import dev.golive.notification.domain.Page;
import dev.golive.notification.domain.PageLevel;
import dev.golive.notification.domain.PageStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A page as stored; its steps are {@link PageStepRow}s and {@link #toDomain} is what escalation works on. */
@Entity
@Table(name = "page")
public class PageRow extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "cutover_id", nullable = false)
    public UUID cutoverId;

    @Column(nullable = false)
    public String reason;

    @Column(name = "source_event_id", nullable = false)
    public String sourceEventId;

    @Column(name = "source_event_type", nullable = false)
    public String sourceEventType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PageStatus status;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "acknowledged_level")
    public PageLevel acknowledgedLevel;

    @Column(name = "acknowledged_via")
    public String acknowledgedVia;

    @Column(name = "acknowledged_as_ops_lead")
    public Boolean acknowledgedAsOpsLead;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public Page toDomain(Duration ackTimeout) {
        Optional<Acknowledgement> ack = acknowledgedBy == null ? Optional.empty()
                : Optional.of(new Acknowledgement(acknowledgedBy, acknowledgedLevel, acknowledgedAt,
                Boolean.TRUE.equals(acknowledgedAsOpsLead)));
        return new Page(id.toString(), cutoverId.toString(), reason, sourceEventId, sourceEventType, ackTimeout,
                PageStepRow.of(id).stream().map(PageStepRow::toDomain).toList(), ack);
    }

    public static List<PageRow> ofCutover(UUID cutoverId) {
        return list("cutoverId = ?1 order by createdAt, id", cutoverId);
    }

    /** The pages that paged {@code username} at some step, newest first. */
    public static List<PageRow> paging(String username) {
        return list("id in (select s.pageId from PageStepRow s where lower(s.username) = lower(?1)) "
                + "order by createdAt desc, id", username);
    }
}
