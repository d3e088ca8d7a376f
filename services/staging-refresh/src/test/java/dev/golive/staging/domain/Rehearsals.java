package dev.golive.staging.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test helper: rehearsals of an upgrade from 16 to 19 brought to a stage through the commands, at
 * fixed instants relative to their production backup.
 */
final class Rehearsals {

    static final String CUTOVER = "cutover-acme-19";

    private static final AtomicLong IDS = new AtomicLong();

    private Rehearsals() {
    }

    static UUID nextId() {
        return new UUID(0x57a9eL, IDS.incrementAndGet());
    }

    /** Requested seven hours after the nightly backup. */
    static Rehearsal requested(Instant backupAt) {
        return Rehearsal.request(nextId(), CUTOVER, backupAt, 16, 19, backupAt.plus(Duration.ofHours(7)));
    }

    /** Three hops of one hour each, five minutes apart, starting right after the request. */
    static Rehearsal awaitingCustomModules(Instant backupAt) {
        Rehearsal r = requested(backupAt);
        Instant t = r.requestedAt();
        for (int from = 16; from < 19; from++) {
            t = t.plus(Duration.ofMinutes(5));
            r.hopStarted(from, t);
            t = t.plus(Duration.ofHours(1));
            r.hopFinished(from, true, t);
        }
        return r;
    }

    static Rehearsal succeeded(Instant backupAt) {
        Rehearsal r = awaitingCustomModules(backupAt);
        Instant t = later(r);
        r.attemptStarted("c0ffee1", t);
        r.attemptFinished(true, null, null, t.plus(Duration.ofMinutes(30)));
        return r;
    }

    /** The first hop fails. */
    static Rehearsal failed(Instant backupAt) {
        Rehearsal r = requested(backupAt);
        Instant t = r.requestedAt().plus(Duration.ofMinutes(5));
        r.hopStarted(16, t);
        r.hopFinished(16, false, t.plus(Duration.ofMinutes(20)));
        return r;
    }

    static Rehearsal awaitingAfterFailedAttempt(Instant backupAt) {
        Rehearsal r = awaitingCustomModules(backupAt);
        Instant t = later(r);
        r.attemptStarted("bad0001", t);
        r.attemptFinished(false, ErrorCategory.PYTHON_ERROR, "ImportError", t.plus(Duration.ofMinutes(10)));
        return r;
    }

    static Rehearsal abandonedAfterFailedAttempt(Instant backupAt) {
        Rehearsal r = awaitingAfterFailedAttempt(backupAt);
        r.moveTo(RehearsalStage.ABANDONED, later(r));
        return r;
    }

    /** An hour after the last thing recorded. */
    private static Instant later(Rehearsal r) {
        Instant last = r.requestedAt();
        for (Hop h : r.hops()) {
            if (h.finishedAt() != null && h.finishedAt().isAfter(last)) {
                last = h.finishedAt();
            }
        }
        for (Attempt a : r.attempts()) {
            if (a.finishedAt() != null && a.finishedAt().isAfter(last)) {
                last = a.finishedAt();
            }
        }
        return last.plus(Duration.ofHours(1));
    }

    /** Every piece of state of a rehearsal, as a value: equal exactly when nothing changed. */
    record State(UUID id, String cutoverId, Instant productionBackupAt, int sourceVersion, int targetVersion,
                 List<Hop> hops, RehearsalStage stage, Instant requestedAt, Instant completedAt, List<Attempt> attempts) {

        static State of(Rehearsal r) {
            return new State(r.id(), r.cutoverId(), r.productionBackupAt(), r.sourceVersion(), r.targetVersion(),
                    r.hops(), r.stage(), r.requestedAt(), r.completedAt(), r.attempts());
        }
    }
}
