package dev.golive.staging.rehearsal;

import dev.golive.problems.ProblemException;
import dev.golive.staging.domain.Attempt;
import dev.golive.staging.domain.AttemptOutcome;
import dev.golive.staging.domain.ErrorCategory;
import dev.golive.staging.domain.Hop;
import dev.golive.staging.domain.HopStatus;
import dev.golive.staging.domain.Rehearsal;
import dev.golive.staging.domain.RehearsalStage;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * How a {@link Rehearsal} is stored: the aggregate's state, its hops and attempts as rows. The
 * domain object is rebuilt with {@link #toDomain()} and written back with {@link #update}.
 */
@Entity
@Table(name = "rehearsal")
public class RehearsalRow extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "cutover_id", nullable = false)
    public UUID cutoverId;

    @Column(name = "production_backup_at", nullable = false)
    public Instant productionBackupAt;

    @Column(name = "source_version", nullable = false)
    public int sourceVersion;

    @Column(name = "target_version", nullable = false)
    public int targetVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RehearsalStage stage;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "completed_at")
    public Instant completedAt;

    /** The size of the database the rehearsal upgraded (MB), when stated: it scales the production forecast. */
    @Column(name = "database_size_mb")
    public Long databaseSizeMb;

    @ElementCollection
    @CollectionTable(name = "rehearsal_hop", joinColumns = @JoinColumn(name = "rehearsal_id"))
    @OrderBy("fromVersion")
    public List<HopRow> hops = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "rehearsal_attempt", joinColumns = @JoinColumn(name = "rehearsal_id"))
    @OrderBy("number")
    public List<AttemptRow> attempts = new ArrayList<>();

    public static RehearsalRow of(Rehearsal rehearsal, String requestedBy) {
        RehearsalRow row = new RehearsalRow();
        row.id = rehearsal.id();
        row.cutoverId = UUID.fromString(rehearsal.cutoverId());
        row.productionBackupAt = rehearsal.productionBackupAt();
        row.sourceVersion = rehearsal.sourceVersion();
        row.targetVersion = rehearsal.targetVersion();
        row.requestedAt = rehearsal.requestedAt();
        row.requestedBy = requestedBy;
        row.update(rehearsal);
        return row;
    }

    /** The rehearsal of that cutover, or a 404. */
    public static RehearsalRow require(UUID cutoverId, UUID rehearsalId) {
        RehearsalRow row = findById(rehearsalId);
        if (row == null || !row.cutoverId.equals(cutoverId)) {
            throw ProblemException.notFound("Rehearsal", rehearsalId);
        }
        return row;
    }

    /** The rehearsal of that cutover locked for the rest of the transaction (one command at a time), or a 404. */
    public static RehearsalRow lock(UUID cutoverId, UUID rehearsalId) {
        RehearsalRow row = findById(rehearsalId, LockModeType.PESSIMISTIC_WRITE);
        if (row == null || !row.cutoverId.equals(cutoverId)) {
            throw ProblemException.notFound("Rehearsal", rehearsalId);
        }
        return row;
    }

    /** The cutover's rehearsals, oldest request first. */
    public static List<RehearsalRow> ofCutover(UUID cutoverId) {
        return list("cutoverId = ?1 order by requestedAt, id", cutoverId);
    }

    public Rehearsal toDomain() {
        return Rehearsal.restore(id, cutoverId.toString(), productionBackupAt, sourceVersion, targetVersion,
                hops.stream().map(HopRow::toDomain).toList(), stage, requestedAt, completedAt,
                attempts.stream().map(AttemptRow::toDomain).toList());
    }

    /** Writes back what a command changed. */
    public void update(Rehearsal rehearsal) {
        stage = rehearsal.stage();
        completedAt = rehearsal.completedAt();
        List<HopRow> newHops = rehearsal.hops().stream().map(HopRow::of).toList();
        if (!newHops.equals(hops)) {
            hops.clear();
            hops.addAll(newHops);
        }
        List<AttemptRow> newAttempts = rehearsal.attempts().stream().map(AttemptRow::of).toList();
        if (!newAttempts.equals(attempts)) {
            attempts.clear();
            attempts.addAll(newAttempts);
        }
    }

    @Embeddable
    public static class HopRow {
        @Column(name = "from_version", nullable = false)
        public int fromVersion;

        @Column(name = "to_version", nullable = false)
        public int toVersion;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public HopStatus status;

        @Column(name = "started_at")
        public Instant startedAt;

        @Column(name = "finished_at")
        public Instant finishedAt;

        static HopRow of(Hop hop) {
            HopRow row = new HopRow();
            row.fromVersion = hop.from();
            row.toVersion = hop.to();
            row.status = hop.status();
            row.startedAt = hop.startedAt();
            row.finishedAt = hop.finishedAt();
            return row;
        }

        Hop toDomain() {
            return new Hop(fromVersion, toVersion, status, startedAt, finishedAt);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof HopRow h && h.toDomain().equals(toDomain());
        }

        @Override
        public int hashCode() {
            return toDomain().hashCode();
        }
    }

    @Embeddable
    public static class AttemptRow {
        @Column(nullable = false)
        public int number;

        @Column(name = "commit_ref", nullable = false)
        public String commitRef;

        @Column(name = "started_at", nullable = false)
        public Instant startedAt;

        @Column(name = "finished_at")
        public Instant finishedAt;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public AttemptOutcome outcome;

        @Enumerated(EnumType.STRING)
        @Column(name = "error_category")
        public ErrorCategory errorCategory;

        @Column(name = "log_excerpt")
        public String logExcerpt;

        static AttemptRow of(Attempt attempt) {
            AttemptRow row = new AttemptRow();
            row.number = attempt.number();
            row.commitRef = attempt.commitRef();
            row.startedAt = attempt.startedAt();
            row.finishedAt = attempt.finishedAt();
            row.outcome = attempt.outcome();
            row.errorCategory = attempt.errorCategory();
            row.logExcerpt = attempt.logExcerpt();
            return row;
        }

        Attempt toDomain() {
            return new Attempt(number, commitRef, startedAt, finishedAt, outcome, errorCategory, logExcerpt);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof AttemptRow a && a.toDomain().equals(toDomain());
        }

        @Override
        public int hashCode() {
            return toDomain().hashCode();
        }
    }
}
