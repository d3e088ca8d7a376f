package dev.golive.staging.summary;

import dev.golive.problems.ProblemException;
import dev.golive.staging.domain.SummaryItem;
import dev.golive.staging.domain.SummaryItemKind;
import dev.golive.staging.domain.SummaryItemStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One entry of a rehearsal's upgrade summary, and its review. */
@Entity
@Table(name = "summary_item")
public class SummaryItemRow extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "cutover_id", nullable = false)
    public UUID cutoverId;

    @Column(name = "rehearsal_id", nullable = false)
    public UUID rehearsalId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SummaryItemKind kind;

    public String model;

    public String field;

    @Column(nullable = false)
    public String description;

    public String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SummaryItemStatus status;

    @Column(name = "raised_by", nullable = false)
    public String raisedBy;

    @Column(name = "raised_at", nullable = false)
    public Instant raisedAt;

    @Column(nullable = false)
    public int position;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    public SummaryItem toDomain() {
        return new SummaryItem(id, kind, model, field, description, owner, status);
    }

    public static List<SummaryItemRow> ofRehearsal(UUID rehearsalId) {
        return list("rehearsalId = ?1 order by raisedAt, position", rehearsalId);
    }

    public static SummaryItemRow lock(UUID cutoverId, UUID rehearsalId, UUID itemId) {
        SummaryItemRow row = findById(itemId, LockModeType.PESSIMISTIC_WRITE);
        if (row == null || !row.cutoverId.equals(cutoverId) || !row.rehearsalId.equals(rehearsalId)) {
            throw ProblemException.notFound("Summary item", itemId);
        }
        return row;
    }
}
