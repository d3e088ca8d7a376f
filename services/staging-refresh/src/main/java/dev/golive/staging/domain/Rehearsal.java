package dev.golive.staging.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import static dev.golive.staging.domain.DomainRejection.BACKUP_AFTER_REQUEST;
import static dev.golive.staging.domain.DomainRejection.COMMIT_REF_REQUIRED;
import static dev.golive.staging.domain.DomainRejection.COMMIT_REF_TOO_LONG;
import static dev.golive.staging.domain.DomainRejection.CUTOVER_ID_REQUIRED;
import static dev.golive.staging.domain.DomainRejection.ERROR_CATEGORY_ON_SUCCESS;
import static dev.golive.staging.domain.DomainRejection.ERROR_CATEGORY_REQUIRED;
import static dev.golive.staging.domain.DomainRejection.HOPS_NOT_FINISHED;
import static dev.golive.staging.domain.DomainRejection.HOP_NOT_RUNNING;
import static dev.golive.staging.domain.DomainRejection.HOP_OUT_OF_ORDER;
import static dev.golive.staging.domain.DomainRejection.INVALID_UPGRADE_PATH;
import static dev.golive.staging.domain.DomainRejection.NOT_AWAITING_CUSTOM_MODULES;
import static dev.golive.staging.domain.DomainRejection.NOT_UPGRADING_STANDARD_MODULES;
import static dev.golive.staging.domain.DomainRejection.NO_ATTEMPT_RUNNING;
import static dev.golive.staging.domain.DomainRejection.OUT_OF_TIME_ORDER;
import static dev.golive.staging.domain.DomainRejection.STAGE_TRANSITION_NEEDS_COMMAND;
import static dev.golive.staging.domain.DomainRejection.STAGE_TRANSITION_NOT_ALLOWED;
import static dev.golive.staging.domain.DomainRejection.UNKNOWN_HOP;
import static dev.golive.staging.domain.RehearsalStage.AWAITING_CUSTOM_MODULES;
import static dev.golive.staging.domain.RehearsalStage.CUSTOM_MODULE_UPGRADE;
import static dev.golive.staging.domain.RehearsalStage.FAILED;
import static dev.golive.staging.domain.RehearsalStage.REQUESTED;
import static dev.golive.staging.domain.RehearsalStage.STANDARD_UPGRADE_RUNNING;
import static dev.golive.staging.domain.RehearsalStage.SUCCEEDED;

/**
 * A staging upgrade test: a copy of the production backup taken at {@code productionBackupAt}
 * upgraded from {@code sourceVersion} to {@code targetVersion}, one {@link Hop} per major version
 * in between, then its custom modules upgraded in {@link Attempt}s, one per push, until one
 * succeeds. The stages and their transitions are those of {@link RehearsalStage}.
 *
 * <p>Commands check everything before changing anything: a refused command throws a
 * {@link DomainRejection} and leaves the rehearsal as it was. Every command's instant must be at
 * or after everything already recorded ({@code out-of-time-order} otherwise), so durations are
 * never negative and a late, stale report cannot rewrite history.
 *
 * <p>Rules beyond the stage table:
 * <ul>
 *   <li>hops start in order, each only after the previous one succeeded; the first starting moves
 *       {@code REQUESTED → STANDARD_UPGRADE_RUNNING}; a failed hop fails the rehearsal; the last
 *       one succeeding moves it to {@code AWAITING_CUSTOM_MODULES};</li>
 *   <li>{@link #moveTo} covers the transitions that carry no data of their own. Those that do are
 *       refused with {@code stage-transition-needs-command}: into {@code CUSTOM_MODULE_UPGRADE}
 *       ({@link #attemptStarted}), out of it to {@code AWAITING_CUSTOM_MODULES} or
 *       {@code SUCCEEDED} ({@link #attemptFinished}), and
 *       {@code STANDARD_UPGRADE_RUNNING → AWAITING_CUSTOM_MODULES} ({@link #hopFinished});</li>
 *   <li>{@code moveTo(SUCCEEDED)} from {@code STANDARD_UPGRADE_RUNNING} is the end of the upgrade of
 *       a database without custom modules: it is allowed while the last hop runs (every earlier
 *       one having succeeded) and records that hop as succeeded at the same instant;</li>
 *   <li>{@code moveTo(FAILED)} or {@code moveTo(ABANDONED)} leaves a running hop or attempt as
 *       recorded (running, without a finish): the rehearsal never learnt how it ended.</li>
 * </ul>
 *
 * <p>Not an entity: the persistence layer rebuilds one with {@link #restore} and reads its state
 * back through the accessors.
 */
public final class Rehearsal {

    /** More hops than this is not an upgrade; the same bound as the cutover's upgrade path. */
    public static final int MAX_HOPS = 10;

    private final UUID id;
    private final String cutoverId;
    private final Instant productionBackupAt;
    private final int sourceVersion;
    private final int targetVersion;
    private final List<Hop> hops;
    private RehearsalStage stage;
    private final Instant requestedAt;
    private Instant completedAt;
    private final List<Attempt> attempts;

    private Rehearsal(UUID id, String cutoverId, Instant productionBackupAt, int sourceVersion, int targetVersion,
                      List<Hop> hops, RehearsalStage stage, Instant requestedAt, Instant completedAt, List<Attempt> attempts) {
        this.id = id;
        this.cutoverId = cutoverId;
        this.productionBackupAt = productionBackupAt;
        this.sourceVersion = sourceVersion;
        this.targetVersion = targetVersion;
        this.hops = new ArrayList<>(hops);
        this.stage = stage;
        this.requestedAt = requestedAt;
        this.completedAt = completedAt;
        this.attempts = new ArrayList<>(attempts);
    }

    /**
     * A new rehearsal in {@code REQUESTED}, with one pending hop per major version from
     * {@code sourceVersion} to {@code targetVersion}.
     *
     * @throws DomainRejection {@code cutover-id-required}, {@code invalid-upgrade-path} (source
     *         below 1, target not above source, more than {@value #MAX_HOPS} hops) or
     *         {@code backup-after-request} (the backup a rehearsal copies exists before it is asked for)
     */
    public static Rehearsal request(UUID id, String cutoverId, Instant productionBackupAt,
                                    int sourceVersion, int targetVersion, Instant requestedAt) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(productionBackupAt, "productionBackupAt");
        Objects.requireNonNull(requestedAt, "requestedAt");
        if (cutoverId == null || cutoverId.isBlank()) {
            throw new DomainRejection(CUTOVER_ID_REQUIRED, "a rehearsal belongs to a cutover; cutoverId is required");
        }
        String pathProblem = pathProblem(sourceVersion, targetVersion);
        if (pathProblem != null) {
            throw new DomainRejection(INVALID_UPGRADE_PATH, pathProblem);
        }
        if (productionBackupAt.isAfter(requestedAt)) {
            throw new DomainRejection(BACKUP_AFTER_REQUEST, "the production backup (" + productionBackupAt
                    + ") cannot be taken after the rehearsal is requested (" + requestedAt + ")");
        }
        List<Hop> hops = new ArrayList<>();
        for (int v = sourceVersion; v < targetVersion; v++) {
            hops.add(Hop.pending(v));
        }
        return new Rehearsal(id, cutoverId, productionBackupAt, sourceVersion, targetVersion, hops, REQUESTED,
                requestedAt, null, List.of());
    }

    /**
     * A rehearsal rebuilt from stored state. The state must be one the commands can produce in
     * shape (hops matching the versions, succeeded hops first, attempts numbered 1, 2, 3… with only
     * the last one possibly running, {@code completedAt} set exactly when the stage is terminal).
     *
     * @throws IllegalArgumentException when it is not
     */
    public static Rehearsal restore(UUID id, String cutoverId, Instant productionBackupAt, int sourceVersion,
                                    int targetVersion, List<Hop> hops, RehearsalStage stage, Instant requestedAt,
                                    Instant completedAt, List<Attempt> attempts) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cutoverId, "cutoverId");
        Objects.requireNonNull(productionBackupAt, "productionBackupAt");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(requestedAt, "requestedAt");
        List<Hop> h = List.copyOf(hops);
        List<Attempt> a = List.copyOf(attempts);
        String pathProblem = pathProblem(sourceVersion, targetVersion);
        if (pathProblem != null) {
            throw new IllegalArgumentException(pathProblem);
        }
        if (h.size() != targetVersion - sourceVersion) {
            throw new IllegalArgumentException("an upgrade from " + sourceVersion + " to " + targetVersion + " has "
                    + (targetVersion - sourceVersion) + " hops, not " + h.size());
        }
        boolean open = true; // still in the prefix of succeeded hops
        for (int i = 0; i < h.size(); i++) {
            Hop hop = h.get(i);
            if (hop.from() != sourceVersion + i) {
                throw new IllegalArgumentException("hop " + i + " must start from " + (sourceVersion + i) + ", not " + hop.from());
            }
            if (!open && hop.status() != HopStatus.PENDING) {
                throw new IllegalArgumentException(hop + " comes after a hop that has not succeeded");
            }
            open = hop.status() == HopStatus.SUCCEEDED;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).number() != i + 1) {
                throw new IllegalArgumentException("attempt " + i + " must be number " + (i + 1) + ", not " + a.get(i).number());
            }
            if (i < a.size() - 1 && a.get(i).outcome() != AttemptOutcome.FAILED) {
                throw new IllegalArgumentException("only the last attempt may be running or succeeded; attempt "
                        + (i + 1) + " is " + a.get(i).outcome());
            }
        }
        if (stage.terminal() != (completedAt != null)) {
            throw new IllegalArgumentException("completedAt is set exactly when the stage is terminal; stage " + stage
                    + ", completedAt " + completedAt);
        }
        return new Rehearsal(id, cutoverId, productionBackupAt, sourceVersion, targetVersion, h, stage, requestedAt,
                completedAt, a);
    }

    private static String pathProblem(int source, int target) {
        if (source < 1) {
            return "the source version must be at least 1, was " + source;
        }
        if (target <= source) {
            return "the target version (" + target + ") must be above the source version (" + source + ")";
        }
        if (target - source > MAX_HOPS) {
            return "at most " + MAX_HOPS + " major versions in one rehearsal, not " + (target - source);
        }
        return null;
    }

    // --- commands ---------------------------------------------------------------------------

    /**
     * Moves to {@code target} for a reason that carries no data of its own: the platform started
     * the standard upgrade, reported a failure, finished a database without custom modules, or
     * someone abandoned the rehearsal. See the class comment for what else it checks.
     */
    public StageChange moveTo(RehearsalStage target, Instant at) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(at, "at");
        if (!stage.canMoveTo(target)) {
            throw new DomainRejection(STAGE_TRANSITION_NOT_ALLOWED, "a rehearsal cannot move from " + stage + " to "
                    + target + (stage.terminal() ? "; " + stage + " is final" : "; from " + stage + " it can move to " + stage.next()));
        }
        if (target == CUSTOM_MODULE_UPGRADE) {
            throw needsCommand("a custom-module upgrade starts with a push: record it with attemptStarted");
        }
        if (stage == CUSTOM_MODULE_UPGRADE && (target == AWAITING_CUSTOM_MODULES || target == SUCCEEDED)) {
            throw needsCommand("a custom-module upgrade attempt ends with its outcome: record it with attemptFinished");
        }
        if (stage == STANDARD_UPGRADE_RUNNING && target == AWAITING_CUSTOM_MODULES) {
            throw needsCommand("the standard upgrade awaits the custom modules when its last hop succeeds: record it with hopFinished");
        }
        Hop lastHop = hops.get(hops.size() - 1);
        if (stage == STANDARD_UPGRADE_RUNNING && target == SUCCEEDED) {
            boolean earlierSucceeded = hops.subList(0, hops.size() - 1).stream().allMatch(x -> x.status() == HopStatus.SUCCEEDED);
            if (!earlierSucceeded || lastHop.status() != HopStatus.RUNNING) {
                throw new DomainRejection(HOPS_NOT_FINISHED, "the standard upgrade of a database without custom modules "
                        + "ends with its last hop: " + describeHops());
            }
        }
        requireNotBeforeLastEvent(at);

        if (stage == STANDARD_UPGRADE_RUNNING && target == SUCCEEDED) {
            hops.set(hops.size() - 1, lastHop.finished(true, at));
        }
        return changeStage(target, at);
    }

    /** The hop from {@code fromVersion} started; the first one moves a requested rehearsal to {@code STANDARD_UPGRADE_RUNNING}. */
    public HopRecorded hopStarted(int fromVersion, Instant at) {
        Objects.requireNonNull(at, "at");
        int index = hopIndex(fromVersion);
        if (stage != REQUESTED && stage != STANDARD_UPGRADE_RUNNING) {
            throw new DomainRejection(NOT_UPGRADING_STANDARD_MODULES, "a hop can start only while the rehearsal is "
                    + REQUESTED + " or " + STANDARD_UPGRADE_RUNNING + "; it is " + stage);
        }
        Hop hop = hops.get(index);
        if (hop.status() != HopStatus.PENDING) {
            throw new DomainRejection(HOP_OUT_OF_ORDER, hop + " has already started");
        }
        if (index > 0 && hops.get(index - 1).status() != HopStatus.SUCCEEDED) {
            throw new DomainRejection(HOP_OUT_OF_ORDER, "hop " + hop.from() + " → " + hop.to() + " cannot start before "
                    + hops.get(index - 1) + " has succeeded");
        }
        requireNotBeforeLastEvent(at);

        Hop started = hop.started(at);
        hops.set(index, started);
        Optional<StageChange> change = stage == REQUESTED ? Optional.of(changeStage(STANDARD_UPGRADE_RUNNING, at)) : Optional.empty();
        return new HopRecorded(started, change);
    }

    /**
     * The running hop from {@code fromVersion} finished. A failed hop fails the rehearsal; the
     * last hop succeeding makes it await the custom modules.
     */
    public HopRecorded hopFinished(int fromVersion, boolean ok, Instant at) {
        Objects.requireNonNull(at, "at");
        int index = hopIndex(fromVersion);
        if (stage != STANDARD_UPGRADE_RUNNING) {
            throw new DomainRejection(NOT_UPGRADING_STANDARD_MODULES, "a hop can finish only while the rehearsal is "
                    + STANDARD_UPGRADE_RUNNING + "; it is " + stage);
        }
        Hop hop = hops.get(index);
        if (hop.status() != HopStatus.RUNNING) {
            throw new DomainRejection(HOP_NOT_RUNNING, hop + " is not running, so it cannot finish");
        }
        requireNotBeforeLastEvent(at);

        Hop finished = hop.finished(ok, at);
        hops.set(index, finished);
        Optional<StageChange> change = Optional.empty();
        if (!ok) {
            change = Optional.of(changeStage(FAILED, at));
        } else if (index == hops.size() - 1) {
            change = Optional.of(changeStage(AWAITING_CUSTOM_MODULES, at));
        }
        return new HopRecorded(finished, change);
    }

    /** A push of {@code commitRef} started the next custom-module upgrade attempt. */
    public AttemptRecorded attemptStarted(String commitRef, Instant at) {
        Objects.requireNonNull(at, "at");
        if (stage != AWAITING_CUSTOM_MODULES) {
            throw new DomainRejection(NOT_AWAITING_CUSTOM_MODULES, "a push starts a custom-module upgrade only while the "
                    + "rehearsal is " + AWAITING_CUSTOM_MODULES + "; it is " + stage);
        }
        if (commitRef == null || commitRef.isBlank()) {
            throw new DomainRejection(COMMIT_REF_REQUIRED, "an attempt needs the commit that started it");
        }
        String ref = commitRef.strip();
        if (ref.length() > Attempt.MAX_COMMIT_REF) {
            throw new DomainRejection(COMMIT_REF_TOO_LONG, "a commit reference is at most " + Attempt.MAX_COMMIT_REF
                    + " characters, was " + ref.length());
        }
        requireNotBeforeLastEvent(at);

        Attempt attempt = Attempt.started(attempts.size() + 1, ref, at);
        attempts.add(attempt);
        return new AttemptRecorded(attempt, changeStage(CUSTOM_MODULE_UPGRADE, at));
    }

    /**
     * The running attempt finished. A failure (its {@code category} required) puts the rehearsal
     * back to awaiting the next push; a success ends it. The log excerpt is capped with
     * {@link Attempt#capLogExcerpt}.
     */
    public AttemptRecorded attemptFinished(boolean ok, ErrorCategory category, String logExcerpt, Instant at) {
        Objects.requireNonNull(at, "at");
        Optional<Attempt> last = lastAttempt();
        if (stage != CUSTOM_MODULE_UPGRADE || last.isEmpty() || last.get().outcome() != AttemptOutcome.RUNNING) {
            throw new DomainRejection(NO_ATTEMPT_RUNNING, "no custom-module upgrade attempt is running; the rehearsal is " + stage);
        }
        if (!ok && category == null) {
            throw new DomainRejection(ERROR_CATEGORY_REQUIRED, "a failed attempt needs the category of its error");
        }
        if (ok && category != null) {
            throw new DomainRejection(ERROR_CATEGORY_ON_SUCCESS, "a successful attempt has no error category, was given " + category);
        }
        requireNotBeforeLastEvent(at);

        Attempt finished = last.get().finished(ok, category, logExcerpt, at);
        attempts.set(attempts.size() - 1, finished);
        return new AttemptRecorded(finished, changeStage(ok ? SUCCEEDED : AWAITING_CUSTOM_MODULES, at));
    }

    private StageChange changeStage(RehearsalStage target, Instant at) {
        StageChange change = new StageChange(stage, target, at);
        stage = target;
        if (target.terminal()) {
            completedAt = at;
        }
        return change;
    }

    private static DomainRejection needsCommand(String message) {
        return new DomainRejection(STAGE_TRANSITION_NEEDS_COMMAND, message);
    }

    private int hopIndex(int fromVersion) {
        if (fromVersion < sourceVersion || fromVersion >= targetVersion) {
            throw new DomainRejection(UNKNOWN_HOP, "no hop starts from " + fromVersion + " in the upgrade from "
                    + sourceVersion + " to " + targetVersion);
        }
        return fromVersion - sourceVersion;
    }

    private void requireNotBeforeLastEvent(Instant at) {
        Instant last = lastEventAt();
        if (at.isBefore(last)) {
            throw new DomainRejection(OUT_OF_TIME_ORDER, at + " is before the last thing recorded for this rehearsal (" + last + ")");
        }
    }

    /** The latest instant recorded in this rehearsal. */
    private Instant lastEventAt() {
        Instant last = requestedAt;
        for (Hop h : hops) {
            last = later(last, h.startedAt());
            last = later(last, h.finishedAt());
        }
        for (Attempt a : attempts) {
            last = later(last, a.startedAt());
            last = later(last, a.finishedAt());
        }
        return later(last, completedAt);
    }

    private static Instant later(Instant a, Instant b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    private String describeHops() {
        return String.join(", ", hops.stream().map(Hop::toString).toList());
    }

    // --- queries ----------------------------------------------------------------------------

    public Optional<Attempt> lastAttempt() {
        return attempts.isEmpty() ? Optional.empty() : Optional.of(attempts.get(attempts.size() - 1));
    }

    public boolean succeeded() {
        return stage == SUCCEEDED;
    }

    /** The attempt that upgraded the custom modules; empty until one has (and for a database without custom modules). */
    public Optional<Attempt> successfulAttempt() {
        return lastAttempt().filter(a -> a.outcome() == AttemptOutcome.SUCCEEDED);
    }

    /**
     * The sum of the hops' durations, the time the platform spent upgrading the standard modules
     * (the pauses between hops are not counted); empty unless every hop succeeded.
     */
    public Optional<Duration> standardUpgradeDuration() {
        Duration sum = Duration.ZERO;
        for (Hop h : hops) {
            if (h.status() != HopStatus.SUCCEEDED) {
                return Optional.empty();
            }
            sum = sum.plus(h.duration().orElseThrow());
        }
        return Optional.of(sum);
    }

    /** How long the successful custom-module attempt ran; empty until one has succeeded. */
    public Optional<Duration> successfulAttemptDuration() {
        return successfulAttempt().flatMap(Attempt::duration);
    }

    public UUID id() {
        return id;
    }

    public String cutoverId() {
        return cutoverId;
    }

    public Instant productionBackupAt() {
        return productionBackupAt;
    }

    public int sourceVersion() {
        return sourceVersion;
    }

    public int targetVersion() {
        return targetVersion;
    }

    /** The hops in order, from the source version up; an unmodifiable copy. */
    public List<Hop> hops() {
        return List.copyOf(hops);
    }

    public RehearsalStage stage() {
        return stage;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    /** When the rehearsal reached a terminal stage; {@code null} until then. */
    public Instant completedAt() {
        return completedAt;
    }

    /** The attempts in order, numbered from 1; an unmodifiable copy. */
    public List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    @Override
    public String toString() {
        return "Rehearsal[" + id + ", cutover " + cutoverId + ", " + sourceVersion + " → " + targetVersion + ", " + stage + "]";
    }
}
