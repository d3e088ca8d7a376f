package dev.golive.staging.rehearsal;

import dev.golive.problems.field.FieldViolation;

import dev.golive.contracts.staging.CustomModuleAttemptRecorded;
import dev.golive.contracts.staging.RehearsalCompleted;
import dev.golive.contracts.staging.RehearsalRequested;
import dev.golive.contracts.staging.RehearsalStageChanged;
import dev.golive.messaging.outbox.Outbox;
import dev.golive.problems.ProblemException;
import dev.golive.staging.cutover.CutoverProjection;
import dev.golive.staging.domain.Attempt;
import dev.golive.staging.domain.AttemptOutcome;
import dev.golive.staging.domain.AttemptRecorded;
import dev.golive.staging.domain.ErrorCategory;
import dev.golive.staging.domain.HopRecorded;
import dev.golive.staging.domain.Rehearsal;
import dev.golive.staging.domain.RehearsalStage;
import dev.golive.staging.domain.StageChange;
import dev.golive.staging.production.ProductionDatabaseResource;
import dev.golive.staging.readiness.Reevaluation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The use cases of a rehearsal, for people (REST) and machines (the webhook) alike. Each runs in
 * one transaction with its events and the re-evaluation of the cutover's staging readiness; the
 * domain refuses what the state machine does not allow, and a refusal changes nothing.
 */
@ApplicationScoped
public class RehearsalService {

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    Reevaluation reevaluation;

    @Transactional
    public RehearsalView request(UUID cutoverId, Instant productionBackupAt, Integer sourceVersion,
                                Integer targetVersion, Long databaseSizeMb, String by) {
        List<FieldViolation> errors = new ArrayList<>();
        if (databaseSizeMb != null && (databaseSizeMb <= 0 || databaseSizeMb > ProductionDatabaseResource.MAX_SIZE_MB)) {
            errors.add(new FieldViolation("databaseSizeMb", "must be between 1 and "
                    + ProductionDatabaseResource.MAX_SIZE_MB + " MB (100 TB), was " + databaseSizeMb));
        }
        if (productionBackupAt == null) {
            errors.add(new FieldViolation("productionBackupAt", "is required"));
        }
        Optional<CutoverProjection> cutover = CutoverProjection.of(cutoverId);
        Integer source = sourceVersion != null ? sourceVersion : cutover.map(c -> c.sourceVersion).orElse(null);
        Integer target = targetVersion != null ? targetVersion : cutover.map(c -> c.targetVersion).orElse(null);
        if (source == null) {
            errors.add(new FieldViolation("sourceVersion",
                    "is required: the cutover's versions are not known here yet"));
        }
        if (target == null) {
            errors.add(new FieldViolation("targetVersion",
                    "is required: the cutover's versions are not known here yet"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (cutover.filter(CutoverProjection::cancelled).isPresent()) {
            throw ProblemException.conflict("cutover-cancelled", "Cutover " + cutoverId + " is cancelled",
                    List.of("CUTOVER_CANCELLED"));
        }
        Instant now = clock.instant();
        Rehearsal rehearsal = Rehearsal.request(UUID.randomUUID(), cutoverId.toString(), productionBackupAt,
                source, target, now);
        RehearsalRow row = RehearsalRow.of(rehearsal, by);
        row.databaseSizeMb = databaseSizeMb;
        row.persist();
        outbox.append(new RehearsalRequested(cutoverId.toString(), row.id.toString(), productionBackupAt,
                IntStream.rangeClosed(source, target).boxed().toList(), by, now));
        reevaluation.afterChange(cutoverId);
        return RehearsalView.of(row);
    }

    /** A stage change that carries no data of its own (started, failed, abandoned, succeeded without custom modules). */
    @Transactional
    public RehearsalView moveTo(UUID cutoverId, UUID rehearsalId, RehearsalStage target, Instant at, String by) {
        if (target == null) {
            throw ProblemException.invalid("stage", "is required");
        }
        RehearsalRow row = RehearsalRow.lock(cutoverId, rehearsalId);
        Rehearsal rehearsal = row.toDomain();
        StageChange change = rehearsal.moveTo(target, at(at));
        return saved(row, rehearsal, Optional.of(change), by);
    }

    @Transactional
    public RehearsalView hopStarted(UUID cutoverId, UUID rehearsalId, int fromVersion, Instant at, String by) {
        RehearsalRow row = RehearsalRow.lock(cutoverId, rehearsalId);
        Rehearsal rehearsal = row.toDomain();
        HopRecorded recorded = rehearsal.hopStarted(fromVersion, at(at));
        return saved(row, rehearsal, recorded.stageChange(), by);
    }

    @Transactional
    public RehearsalView hopFinished(UUID cutoverId, UUID rehearsalId, int fromVersion, boolean ok, Instant at,
                                    String by) {
        RehearsalRow row = RehearsalRow.lock(cutoverId, rehearsalId);
        Rehearsal rehearsal = row.toDomain();
        HopRecorded recorded = rehearsal.hopFinished(fromVersion, ok, at(at));
        return saved(row, rehearsal, recorded.stageChange(), by);
    }

    /** A push started the next custom-module upgrade attempt. */
    @Transactional
    public RehearsalView attemptStarted(UUID cutoverId, UUID rehearsalId, String commitRef, Instant at, String by) {
        RehearsalRow row = RehearsalRow.lock(cutoverId, rehearsalId);
        Rehearsal rehearsal = row.toDomain();
        AttemptRecorded recorded = rehearsal.attemptStarted(commitRef, at(at));
        return saved(row, rehearsal, Optional.of(recorded.stageChange()), by);
    }

    /**
     * The running attempt finished. {@code number}, when given, must be the running attempt's
     * (so a report about an older attempt is refused rather than applied to the current one).
     */
    @Transactional
    public RehearsalView attemptFinished(UUID cutoverId, UUID rehearsalId, Integer number, AttemptOutcome outcome,
                                        ErrorCategory category, String logExcerpt, Instant at, String by) {
        if (outcome != AttemptOutcome.SUCCEEDED && outcome != AttemptOutcome.FAILED) {
            throw ProblemException.invalid("outcome", "must be SUCCEEDED or FAILED");
        }
        RehearsalRow row = RehearsalRow.lock(cutoverId, rehearsalId);
        Rehearsal rehearsal = row.toDomain();
        Optional<Attempt> running = rehearsal.lastAttempt().filter(a -> a.outcome() == AttemptOutcome.RUNNING);
        if (number != null && running.map(Attempt::number).filter(number::equals).isEmpty()) {
            if (rehearsal.attempts().stream().noneMatch(a -> a.number() == number)) {
                throw ProblemException.notFound("Attempt", number);
            }
            throw ProblemException.conflict("attempt-not-running", "Attempt " + number + " of rehearsal "
                    + rehearsalId + " is not running", List.of("ATTEMPT_NOT_RUNNING"));
        }
        AttemptRecorded recorded = rehearsal.attemptFinished(outcome == AttemptOutcome.SUCCEEDED, category,
                logExcerpt, at(at));
        Attempt attempt = recorded.attempt();
        outbox.append(new CustomModuleAttemptRecorded(cutoverId.toString(), rehearsalId.toString(), attempt.number(),
                attempt.commitRef(), attempt.outcome().name(),
                attempt.errorCategory() == null ? null : attempt.errorCategory().name(),
                attempt.duration().orElse(null), attempt.logExcerpt(), attempt.finishedAt()));
        return saved(row, rehearsal, Optional.of(recorded.stageChange()), by);
    }

    private RehearsalView saved(RehearsalRow row, Rehearsal rehearsal, Optional<StageChange> change, String by) {
        row.update(rehearsal);
        String cutoverId = rehearsal.cutoverId();
        String rehearsalId = rehearsal.id().toString();
        change.ifPresent(c -> {
            outbox.append(new RehearsalStageChanged(cutoverId, rehearsalId, c.from().name(), c.to().name(), by, c.at()));
            if (c.to().terminal()) {
                outbox.append(new RehearsalCompleted(cutoverId, rehearsalId, c.to().name(),
                        rehearsal.standardUpgradeDuration().orElse(null), rehearsal.attempts().size(),
                        rehearsal.successfulAttemptDuration().orElse(null),
                        Duration.between(rehearsal.requestedAt(), rehearsal.completedAt()), rehearsal.completedAt()));
            }
        });
        reevaluation.afterChange(row.cutoverId);
        return RehearsalView.of(row);
    }

    /** When it happened: as reported, or now. A report from the future is refused. */
    private Instant at(Instant reported) {
        Instant now = clock.instant();
        if (reported == null) {
            return now;
        }
        if (reported.isAfter(now)) {
            throw ProblemException.invalid("at", "must not be in the future (now is " + now + ")");
        }
        return reported;
    }
}
