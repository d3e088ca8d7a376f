package dev.golive.testing.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static dev.golive.testing.domain.Unassignable.Reason.CAPACITY_EXHAUSTED;
import static dev.golive.testing.domain.Unassignable.Reason.DOES_NOT_FIT_BEFORE_END;
import static dev.golive.testing.domain.Unassignable.Reason.NO_AVAILABILITY_LEFT;
import static dev.golive.testing.domain.Unassignable.Reason.NO_TESTER_FOR_AREA;
import static dev.golive.testing.domain.Unassignable.Reason.PREREQUISITE_UNASSIGNED;

/**
 * A plan being built: which scenario sits with which tester from when, each tester's bookings in
 * time order and their load. Every change goes through {@link #assign} and {@link #unassign}, and
 * a planner only assigns where {@link #earliestStart} found room, so the hard constraints hold at
 * every step. Mutable and single-threaded; it never leaves a planner.
 */
final class Schedule {

    static final long NONE = Long.MIN_VALUE;

    final PlanningInput in;
    private final int[] testerOf;
    private final long[] startOf;
    private final List<List<Integer>> bookings;
    private final int[] loadMinutes;

    Schedule(PlanningInput in) {
        this.in = in;
        int n = in.size();
        testerOf = new int[n];
        startOf = new long[n];
        java.util.Arrays.fill(testerOf, -1);
        bookings = new ArrayList<>();
        for (int t = 0; t < in.testers.size(); t++) {
            bookings.add(new ArrayList<>());
        }
        loadMinutes = new int[in.testers.size()];
    }

    boolean assigned(int i) {
        return testerOf[i] >= 0;
    }

    int testerOf(int i) {
        return testerOf[i];
    }

    long start(int i) {
        return startOf[i];
    }

    long end(int i) {
        return startOf[i] + in.seconds[i];
    }

    int load(int t) {
        return loadMinutes[t];
    }

    List<Integer> bookings(int t) {
        return bookings.get(t);
    }

    /** Minutes {@code t} has left under their maximum, not counting scenario {@code ignoring} if it is theirs. */
    int capacityLeft(int t, int ignoring) {
        int left = in.capacityMinutes[t] - loadMinutes[t];
        return ignoring >= 0 && testerOf[ignoring] == t ? left + in.minutes(ignoring) : left;
    }

    /** The earliest moment scenario {@code i} may start: the window's start, or its prerequisite's end. */
    long notBefore(int i) {
        int p = in.prerequisite[i];
        return p >= 0 && assigned(p) ? Math.max(in.windowStart, end(p)) : in.windowStart;
    }

    /** The latest moment scenario {@code i} may end: the window's end, or the first start of its assigned dependents. */
    long notAfter(int i) {
        long limit = in.windowEnd;
        for (int d : in.dependents[i]) {
            if (assigned(d)) {
                limit = Math.min(limit, startOf[d]);
            }
        }
        return limit;
    }

    /**
     * The earliest start of scenario {@code i} with tester {@code t} at or after {@code notBefore},
     * ending at or before {@code notAfter}, inside one of the tester's slots, clear of their other
     * bookings (its own booking, if any, is ignored: this also finds where to move it), or
     * {@link #NONE}. Area and capacity are the caller's to check. The earliest start is always the
     * lower bound, a slot's start or the end of a booking, so those are the only places tried.
     */
    long earliestStart(int t, int i, long notBefore, long notAfter) {
        long duration = in.seconds[i];
        List<Integer> theirs = bookings.get(t);
        for (long[] slot : in.slots[t]) {
            long lo = Math.max(slot[0], Math.max(notBefore, in.windowStart));
            long hi = Math.min(slot[1], notAfter);
            if (hi - lo < duration) {
                continue;
            }
            long s = lo;
            for (int b : theirs) {
                if (b == i) {
                    continue;
                }
                long bs = startOf[b];
                long be = bs + in.seconds[b];
                if (be <= s) {
                    continue;
                }
                if (bs >= s + duration || s + duration > hi) {
                    break;
                }
                s = be;
            }
            if (s + duration <= hi) {
                return s;
            }
        }
        return NONE;
    }

    void assign(int i, int t, long start) {
        if (assigned(i)) {
            throw new IllegalStateException("scenario " + i + " is assigned already");
        }
        testerOf[i] = t;
        startOf[i] = start;
        List<Integer> theirs = bookings.get(t);
        int at = 0;
        while (at < theirs.size() && startOf[theirs.get(at)] < start) {
            at++;
        }
        theirs.add(at, i);
        loadMinutes[t] += in.minutes(i);
    }

    void unassign(int i) {
        int t = testerOf[i];
        bookings.get(t).remove(Integer.valueOf(i));
        loadMinutes[t] -= in.minutes(i);
        testerOf[i] = -1;
    }

    void move(int i, int t, long start) {
        unassign(i);
        assign(i, t, start);
    }

    /**
     * Why scenario {@code i}, unassigned, cannot be assigned in this schedule as it stands; null
     * when it can (then the caller must try again). Checked in the order of {@link Unassignable.Reason}.
     */
    Unassignable reasonFor(int i) {
        Scenario s = in.scenarios.get(i);
        int p = in.prerequisite[i];
        if (p >= 0 && !assigned(p)) {
            return new Unassignable(s.id(), PREREQUISITE_UNASSIGNED,
                    "its prerequisite " + s.dependsOn() + " is not assigned");
        }
        int[] capable = in.testersFor(i);
        if (capable.length == 0) {
            return new Unassignable(s.id(), NO_TESTER_FOR_AREA, "no tester knows " + s.area());
        }
        int mostLeft = Integer.MIN_VALUE;
        List<Integer> withCapacity = new ArrayList<>();
        for (int t : capable) {
            int left = capacityLeft(t, -1);
            mostLeft = Math.max(mostLeft, left);
            if (left >= in.minutes(i)) {
                withCapacity.add(t);
            }
        }
        if (withCapacity.isEmpty()) {
            return new Unassignable(s.id(), CAPACITY_EXHAUSTED, "needs " + in.minutes(i) + " min, but the testers who know "
                    + s.area() + " (" + capable.length + ") have at most " + Math.max(0, mostLeft)
                    + " min left under their maximum hours");
        }
        long notBefore = notBefore(i);
        String after = p >= 0 && notBefore > in.windowStart
                ? " after its prerequisite " + s.dependsOn() + " ends at " + Instant.ofEpochSecond(notBefore) : "";
        boolean fitsInTheWindow = false;
        boolean fitsLater = false;
        for (int t : withCapacity) {
            fitsInTheWindow |= earliestStart(t, i, notBefore, in.windowEnd) != NONE;
            fitsLater |= earliestStart(t, i, notBefore, Long.MAX_VALUE) != NONE;
        }
        if (fitsInTheWindow) {
            return null;
        }
        if (fitsLater) {
            return new Unassignable(s.id(), DOES_NOT_FIT_BEFORE_END, "needs " + in.minutes(i) + " min" + after
                    + ", but a tester who knows " + s.area() + " would have them only after the testing window ends at "
                    + Instant.ofEpochSecond(in.windowEnd));
        }
        return new Unassignable(s.id(), NO_AVAILABILITY_LEFT, "needs " + in.minutes(i) + " min" + after
                + ", but none of the testers who know " + s.area() + " and have the hours left (" + withCapacity.size()
                + ") has that much free time in their availability");
    }

    /** The plan as it stands; every unassigned scenario must have a reason (else: a planner bug). */
    Plan toPlan() {
        List<PlannedAssignment> assignments = new ArrayList<>();
        List<Unassignable> unassignable = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            if (assigned(i)) {
                assignments.add(new PlannedAssignment(in.scenarios.get(i).id(), in.testers.get(testerOf[i]).id(),
                        Instant.ofEpochSecond(startOf[i]), Instant.ofEpochSecond(end(i))));
            } else {
                Unassignable why = reasonFor(i);
                if (why == null) {
                    throw new IllegalStateException("scenario " + in.scenarios.get(i).id() + " fits but was left out");
                }
                unassignable.add(why);
            }
        }
        assignments.sort(Comparator.comparing(PlannedAssignment::start).thenComparing(PlannedAssignment::testerId)
                .thenComparing(PlannedAssignment::scenarioId));
        return new Plan(assignments, unassignable);
    }
}
