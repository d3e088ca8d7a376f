package dev.golive.testing.domain;

import dev.golive.problems.field.FieldViolation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a staging round's dates and of the availability testers give for it. A round runs
 * {@code from} before {@code to}, at most {@value #MAX_WEEKS} weeks: power users test in the weeks
 * before the go-live, not over months. Staging happens before the go-live: once the window is known,
 * a round and every staging slot end at or before the downtime starts.
 */
public final class StagingRoundRules {

    public static final int MAX_WEEKS = 6;
    public static final Duration LONGEST = Duration.ofDays(7L * MAX_WEEKS);

    private StagingRoundRules() {
    }

    /** {@code downtimeStart} null when the window is not known yet. */
    public static List<FieldViolation> checkRound(Instant from, Instant to, Instant downtimeStart) {
        List<FieldViolation> v = new ArrayList<>();
        if (from == null) {
            v.add(new FieldViolation("from", "is required"));
        }
        if (to == null) {
            v.add(new FieldViolation("to", "is required"));
        }
        if (from == null || to == null) {
            return v;
        }
        if (!from.isBefore(to)) {
            v.add(new FieldViolation("to", "must be after from (" + from + "), was " + to));
        } else if (Duration.between(from, to).compareTo(LONGEST) > 0) {
            v.add(new FieldViolation("to", "must be at most " + MAX_WEEKS + " weeks after from (" + from + "), was " + to));
        }
        if (downtimeStart != null && to.isAfter(downtimeStart)) {
            v.add(new FieldViolation("to", "must not be after the go-live downtime start (" + downtimeStart
                    + "): staging is tested before the go-live, was " + to));
        }
        return v;
    }

    /**
     * The staging availability of a tester (optional: null is none): slots as {@link TesterRules}
     * checks {@code availability}, each ending at or before {@code downtimeStart} when it is known.
     */
    public static List<FieldViolation> checkAvailability(List<Slot> slots, Instant downtimeStart) {
        if (slots == null) {
            return List.of();
        }
        String field = "stagingAvailability";
        List<FieldViolation> v = new ArrayList<>(TesterRules.checkSlots(field, slots));
        if (downtimeStart != null) {
            for (int i = 0; i < slots.size(); i++) {
                Slot s = slots.get(i);
                if (s.end() != null && s.end().isAfter(downtimeStart)) {
                    v.add(new FieldViolation(field + "[" + i + "].end", "must not be after the go-live downtime start ("
                            + downtimeStart + "): staging is tested before the go-live, was " + s.end()));
                }
            }
        }
        return v;
    }
}
