package dev.golive.testing.staging;

import dev.golive.testing.domain.StagingRehearsal;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A rehearsal of a cutover as staging-refresh announced it: when it succeeded, and its developer review. */
@Entity
@Table(name = "staging_rehearsal")
public class RehearsalRow extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "cutover_id", nullable = false)
    public UUID cutoverId;

    @Column(name = "rehearsal_id", nullable = false)
    public String rehearsalId;

    @Column(name = "succeeded_at")
    public Instant succeededAt;

    @Column(name = "review_done", nullable = false)
    public boolean reviewDone;

    @Column(name = "review_changed_at")
    public Instant reviewChangedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public StagingRehearsal toDomain() {
        return new StagingRehearsal(rehearsalId, succeededAt, reviewDone);
    }

    public static List<RehearsalRow> ofCutover(UUID cutoverId) {
        return list("cutoverId", cutoverId);
    }

    public static List<StagingRehearsal> domainOf(UUID cutoverId) {
        return ofCutover(cutoverId).stream().map(RehearsalRow::toDomain).toList();
    }

    public static Optional<RehearsalRow> of(UUID cutoverId, String rehearsalId) {
        return find("cutoverId = ?1 and rehearsalId = ?2", cutoverId, rehearsalId).firstResultOptional();
    }

    /** The rehearsal's row, added (not succeeded, not reviewed) when unknown. */
    static RehearsalRow ofOrNew(UUID cutoverId, String rehearsalId, Instant now) {
        return of(cutoverId, rehearsalId).orElseGet(() -> {
            RehearsalRow row = new RehearsalRow();
            row.id = UUID.randomUUID();
            row.cutoverId = cutoverId;
            row.rehearsalId = rehearsalId;
            row.updatedAt = now;
            row.persist();
            return row;
        });
    }
}
