package dev.golive.testing.domain;

import dev.golive.problems.field.FieldViolation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What is wrong with an on-call roster over {@code [from, to)} — from the start of the downtime to
 * business resume: for each role, the stretches nobody covers ({@link Gap}), and every person on
 * two shifts at once, whatever their roles ({@link Overlap}).
 *
 * <p>Shifts are half-open {@code [start, end)}: one shift ending when the next begins leaves no gap
 * and, for one person, is no overlap. Shifts reaching outside {@code [from, to)} cover only their
 * part inside it; an overlap is reported wherever it is. People are the same when their
 * {@code person} strings are equal.
 */
public record RosterCheck(List<Gap> gaps, List<Overlap> overlaps) {

    /** {@code [start, end)} inside the window with no shift of {@code role}. */
    public record Gap(ShiftRole role, Instant start, Instant end) {

        public Duration duration() {
            return Duration.between(start, end);
        }
    }

    /** {@code person} is on shifts {@code firstShiftId} and {@code secondShiftId} at once over {@code [start, end)}. */
    public record Overlap(String person, String firstShiftId, String secondShiftId, Instant start, Instant end) {
    }

    public RosterCheck {
        gaps = List.copyOf(gaps);
        overlaps = List.copyOf(overlaps);
    }

    /** Whether both roles are covered throughout and nobody is booked twice. */
    public boolean sound() {
        return gaps.isEmpty() && overlaps.isEmpty();
    }

    public List<Gap> gaps(ShiftRole role) {
        return gaps.stream().filter(g -> g.role() == role).toList();
    }

    /**
     * Gaps ordered by role ({@code PRIMARY} first) then start; overlaps by start, then shift ids.
     *
     * @throws IllegalArgumentException when {@code from} is not before {@code to}, or a shift breaks
     *         {@link ShiftRules} (check them first: this reports on a roster, it does not validate one)
     */
    public static RosterCheck check(List<Shift> shifts, Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("the roster window must start (" + from + ") before it ends (" + to + ")");
        }
        List<FieldViolation> invalid = ShiftRules.check(shifts);
        if (!invalid.isEmpty()) {
            throw new IllegalArgumentException("invalid shifts: " + invalid);
        }
        List<Gap> gaps = new ArrayList<>();
        for (ShiftRole role : ShiftRole.values()) {
            gaps.addAll(gaps(shifts.stream().filter(s -> s.role() == role).toList(), role, from, to));
        }
        return new RosterCheck(gaps, overlaps(shifts));
    }

    private static List<Gap> gaps(List<Shift> shifts, ShiftRole role, Instant from, Instant to) {
        List<Shift> byStart = new ArrayList<>(shifts);
        byStart.sort(Comparator.comparing(Shift::start));
        List<Gap> gaps = new ArrayList<>();
        Instant covered = from;
        for (Shift s : byStart) {
            if (!s.end().isAfter(covered)) {
                continue;
            }
            if (!s.start().isBefore(to)) {
                break;
            }
            if (s.start().isAfter(covered)) {
                gaps.add(new Gap(role, covered, s.start()));
            }
            covered = s.end();
        }
        if (covered.isBefore(to)) {
            gaps.add(new Gap(role, covered, to));
        }
        return gaps;
    }

    private static List<Overlap> overlaps(List<Shift> shifts) {
        Map<String, List<Shift>> byPerson = new LinkedHashMap<>();
        shifts.forEach(s -> byPerson.computeIfAbsent(s.person(), p -> new ArrayList<>()).add(s));
        List<Overlap> overlaps = new ArrayList<>();
        byPerson.forEach((person, theirs) -> {
            List<Shift> byStart = new ArrayList<>(theirs);
            byStart.sort(Comparator.comparing(Shift::start).thenComparing(Shift::id));
            for (int a = 0; a < byStart.size(); a++) {
                for (int b = a + 1; b < byStart.size(); b++) {
                    Shift first = byStart.get(a);
                    Shift second = byStart.get(b);
                    if (!second.start().isBefore(first.end())) {
                        break;
                    }
                    Instant end = first.end().isBefore(second.end()) ? first.end() : second.end();
                    overlaps.add(new Overlap(person, first.id(), second.id(), second.start(), end));
                }
            }
        });
        overlaps.sort(Comparator.comparing(Overlap::start).thenComparing(Overlap::firstShiftId)
                .thenComparing(Overlap::secondShiftId));
        return overlaps;
    }
}
