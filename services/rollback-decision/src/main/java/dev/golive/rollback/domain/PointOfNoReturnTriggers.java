package dev.golive.rollback.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The one-shot triggers to schedule for a point of no return: an {@code APPROACHING} trigger each
 * warning before it ({@link #DEFAULT_WARNINGS}: 4 h and 1 h) and a {@code PASSED} trigger at it.
 *
 * <ul>
 *   <li>a warning whose moment is already past when planned is skipped: it would announce a time
 *       left that is no longer true (the assessment says how near the point is anyway); one due
 *       exactly now is kept;</li>
 *   <li>{@code PASSED} is always planned: at the point of no return, or at {@code now} when that is
 *       already past, so that it fires once, late, rather than never. That it fires only once is up
 *       to the caller, who plans once per window (revision) and keeps what it scheduled;</li>
 *   <li>duplicate warnings are planned once; the result is ordered by time.</li>
 * </ul>
 */
public final class PointOfNoReturnTriggers {

    public static final List<Duration> DEFAULT_WARNINGS = List.of(Duration.ofHours(4), Duration.ofHours(1));

    private PointOfNoReturnTriggers() {
    }

    /**
     * @throws IllegalArgumentException when a warning is not positive
     */
    public static List<PlannedTrigger> plan(Instant pointOfNoReturn, List<Duration> warnings, Instant now) {
        Objects.requireNonNull(pointOfNoReturn, "pointOfNoReturn");
        Objects.requireNonNull(warnings, "warnings");
        Objects.requireNonNull(now, "now");
        TreeSet<Duration> distinct = new TreeSet<>(Comparator.reverseOrder());
        for (Duration w : warnings) {
            Objects.requireNonNull(w, "warning");
            if (w.isNegative() || w.isZero()) {
                throw new IllegalArgumentException("a warning must come before the point of no return, was " + w);
            }
            distinct.add(w);
        }
        List<PlannedTrigger> plan = new ArrayList<>();
        for (Duration w : distinct) {
            Instant at = pointOfNoReturn.minus(w);
            if (!at.isBefore(now)) {
                plan.add(new PlannedTrigger(PlannedTrigger.Kind.APPROACHING, at, w));
            }
        }
        Instant passedAt = pointOfNoReturn.isBefore(now) ? now : pointOfNoReturn;
        plan.add(new PlannedTrigger(PlannedTrigger.Kind.PASSED, passedAt, Duration.between(passedAt, pointOfNoReturn)));
        return List.copyOf(plan);
    }
}
