package dev.golive.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The reminders to schedule before a downtime start ({@link #DEFAULT_OFFSETS}: 72 h, 24 h, 1 h
 * before, configurable). Planned again whenever the window moves: the caller replaces the
 * reminders it scheduled by the ones returned (see {@link Reminder#id()}).
 * <ul>
 *   <li>a reminder whose moment is already past is left out — a window scheduled 30 hours ahead
 *       gets its 24 h and 1 h reminders, not a "72 hours to go" that is false; one due exactly now
 *       is kept;</li>
 *   <li>duplicate offsets give one reminder; the result is in time order (the furthest ahead of
 *       the start first).</li>
 * </ul>
 */
public final class ReminderPlan {

    public static final List<Duration> DEFAULT_OFFSETS = List.of(Duration.ofHours(72), Duration.ofHours(24), Duration.ofHours(1));

    private ReminderPlan() {
    }

    /**
     * @throws IllegalArgumentException when an offset is not positive
     */
    public static List<Reminder> due(Instant downtimeStart, List<Duration> offsets, Instant now) {
        Objects.requireNonNull(downtimeStart, "downtimeStart");
        Objects.requireNonNull(offsets, "offsets");
        Objects.requireNonNull(now, "now");
        TreeSet<Duration> distinct = new TreeSet<>(Comparator.reverseOrder());
        for (Duration offset : offsets) {
            Objects.requireNonNull(offset, "offset");
            if (offset.isNegative() || offset.isZero()) {
                throw new IllegalArgumentException("a reminder must come before the downtime start, was " + offset);
            }
            distinct.add(offset);
        }
        List<Reminder> plan = new ArrayList<>();
        for (Duration offset : distinct) {
            Reminder r = Reminder.of(downtimeStart, offset);
            if (!r.at().isBefore(now)) {
                plan.add(r);
            }
        }
        return List.copyOf(plan);
    }
}
