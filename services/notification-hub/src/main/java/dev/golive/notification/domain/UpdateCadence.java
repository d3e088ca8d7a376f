package dev.golive.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * During a go-live (production down or being tested, {@link CutoverContext#live()}) business
 * stakeholders hear from the team at least every {@code interval} (2 h by default): each update
 * tells them when the next one comes at the latest, and if none came by then they get an
 * {@link NoticeKind#UPDATE_OVERDUE} reminder. What counts as an update: a notice of a kind that
 * {@link NoticeKind#updatesStakeholders() updates stakeholders} — the go-live's milestones, a
 * rollback decision, the sign-off, or an update the ops lead writes.
 */
public record UpdateCadence(Duration interval) {

    public static final Duration DEFAULT_INTERVAL = Duration.ofHours(2);
    /** The {@code sourceEventType} of an update written by the ops lead. */
    public static final String UPDATE_SOURCE_TYPE = "STAKEHOLDER_UPDATE";
    /** The {@code sourceEventType} of an overdue reminder. */
    public static final String OVERDUE_SOURCE_TYPE = "UPDATE_OVERDUE";

    public UpdateCadence {
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the update interval must be positive, was " + interval);
        }
    }

    public static UpdateCadence defaults() {
        return new UpdateCadence(DEFAULT_INTERVAL);
    }

    /**
     * The next update due, given the last one at {@code lastUpdateAt}; empty outside a go-live
     * (nothing is owed then). Before any update of the go-live, the caller passes the moment it
     * started (its DOWNTIME_STARTED is an update anyway).
     */
    public Optional<NextUpdate> next(CutoverContext context, Instant lastUpdateAt) {
        Objects.requireNonNull(lastUpdateAt, "lastUpdateAt");
        return context.live() ? Optional.of(new NextUpdate(lastUpdateAt, lastUpdateAt.plus(interval))) : Optional.empty();
    }

    /** Whether {@code notice} resets the clock. */
    public static boolean countsAsUpdate(Notice notice) {
        return notice.kind().updatesStakeholders();
    }

    /** The next update is due by {@code dueBy}, {@code interval} after the last one. */
    public record NextUpdate(Instant lastUpdateAt, Instant dueBy) {

        public NextUpdate {
            Objects.requireNonNull(lastUpdateAt, "lastUpdateAt");
            Objects.requireNonNull(dueBy, "dueBy");
        }

        /** Overdue from {@code dueBy} on: at that very moment no update was sent "by then". */
        public boolean overdue(Instant now) {
            return !now.isBefore(dueBy);
        }

        /**
         * The source id of the overdue reminder for this due time: one reminder per missed
         * deadline, whatever fires it how many times.
         */
        public String overdueSourceId(String cutoverId) {
            return "update-overdue:" + cutoverId + ":" + dueBy.getEpochSecond();
        }
    }
}
