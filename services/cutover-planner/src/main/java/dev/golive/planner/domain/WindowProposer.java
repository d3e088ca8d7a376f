package dev.golive.planner.domain;

import dev.golive.problems.field.FieldViolation;

import dev.golive.contracts.cutover.Blackout;
import dev.golive.contracts.cutover.GoLivePolicy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Proposes the next eligible go-live windows. Candidates are every {@code policy.downtimeDay} at
 * {@code policy.downtimeStartTime} on the wall clock, one week apart, starting with the first such
 * date on or after the local date of {@code now} in {@code zone}. Each is computed with
 * {@link WindowCalculator} and checked with {@link WindowEligibility}; the search stops after
 * {@code count} eligible windows or {@value #MAX_CANDIDATES} candidates (three years).
 */
public final class WindowProposer {

    public static final int MAX_CANDIDATES = 156;

    private WindowProposer() {
    }

    /**
     * @throws InvalidPolicyException when the policy breaks a {@link GoLivePolicyRules} rule
     * @throws IllegalArgumentException when {@code count} is negative
     */
    public static Proposals propose(ZoneId zone, GoLivePolicy p, List<Blackout> blackouts,
                                    List<BusyWeekend> teamWeekends, Instant now, int count) {
        return propose(zone, p, blackouts, teamWeekends, ClosedDays.NONE, now, count);
    }

    /** As above, also skipping the weekends a public holiday or a freeze period closes. */
    public static Proposals propose(ZoneId zone, GoLivePolicy p, List<Blackout> blackouts,
                                    List<BusyWeekend> teamWeekends, ClosedDays closed, Instant now, int count) {
        Objects.requireNonNull(closed, "closed");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(blackouts, "blackouts");
        Objects.requireNonNull(teamWeekends, "teamWeekends");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        List<FieldViolation> violations = GoLivePolicyRules.check(p);
        if (!violations.isEmpty()) {
            throw new InvalidPolicyException(violations);
        }

        List<GoLiveWindow> windows = new ArrayList<>();
        List<SkippedCandidate> skipped = new ArrayList<>();
        LocalDate first = LocalDate.ofInstant(now, zone).with(TemporalAdjusters.nextOrSame(p.downtimeDay()));
        for (int i = 0; i < MAX_CANDIDATES && windows.size() < count; i++) {
            GoLiveWindow window = WindowCalculator.compute(first.plusWeeks(i).atTime(p.downtimeStartTime()), zone, p);
            List<SkipReason> reasons = WindowEligibility.check(window, now, p, blackouts, teamWeekends, closed);
            if (reasons.isEmpty()) {
                windows.add(window);
            } else {
                skipped.add(new SkippedCandidate(window.requestedDowntimeStart(), reasons));
            }
        }
        return new Proposals(windows, skipped);
    }
}
