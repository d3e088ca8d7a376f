package dev.golive.planner.domain;

import dev.golive.problems.field.FieldViolation;

import dev.golive.contracts.cutover.GoLivePolicy;
import dev.golive.contracts.cutover.Milestone;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Lays out a go-live window from the requested downtime start (a wall-clock time in the
 * cutover's zone) and a {@link GoLivePolicy}. Every wall-clock time goes through
 * {@link ZonedTimeResolver} (gap: first valid instant after it; overlap: earlier offset).
 *
 * <ol>
 *   <li>{@code DOWNTIME_START} = the requested local time, resolved.</li>
 *   <li>{@code STAGING_REFRESH_DEADLINE} = requested local time minus
 *       {@code stagingRefreshBeforeDowntime} <em>on the wall clock</em>
 *       ({@link LocalDateTime#minus}), resolved; {@code GO_NO_GO} likewise with
 *       {@code goNoGoBeforeDowntime}. "One day before Friday 17:00" is Thursday 17:00 whatever the
 *       clocks did in between.</li>
 *   <li>{@code SYSTEM_BACK_EXPECTED} = downtime start instant + {@code expectedDowntime}, and
 *       {@code TECHNICAL_REVIEW_END} = system back + {@code technicalReview}: elapsed time
 *       ({@code ELAPSED_FROM_PREVIOUS}).</li>
 *   <li>{@code WEEKEND_TESTING_END} = the first ({@code weekendTestingEndDay},
 *       {@code weekendTestingEndTime}) whose local time is strictly after the technical review end's
 *       local time, resolved; {@code BUSINESS_RESUME} = the first ({@code businessResumeDay},
 *       {@code businessResumeTime}) strictly after the weekend testing end's local time, resolved.
 *       If a resolved occurrence is not strictly after the previous milestone's instant (possible
 *       around an overlap), the occurrence a week later is taken.</li>
 *   <li>{@code POINT_OF_NO_RETURN} = business resume instant − {@code restoreDuration} −
 *       {@code revalidationBuffer} (elapsed). It may precede {@code WEEKEND_TESTING_END}.</li>
 * </ol>
 * The policy must pass {@link GoLivePolicyRules#check(GoLivePolicy)}; the computed window is not
 * checked here (see {@link GoLivePolicyRules#check(GoLiveWindow, GoLivePolicy)}).
 */
public final class WindowCalculator {

    private WindowCalculator() {
    }

    /**
     * @throws InvalidPolicyException when the policy breaks a {@link GoLivePolicyRules} rule
     */
    public static GoLiveWindow compute(LocalDateTime downtimeStartLocal, ZoneId zone, GoLivePolicy policy) {
        Objects.requireNonNull(downtimeStartLocal, "downtimeStartLocal");
        Objects.requireNonNull(zone, "zone");
        List<FieldViolation> violations = GoLivePolicyRules.check(policy);
        if (!violations.isEmpty()) {
            throw new InvalidPolicyException(violations);
        }

        Map<Milestone, ResolvedTime> m = new EnumMap<>(Milestone.class);
        ResolvedTime downtimeStart = ZonedTimeResolver.resolve(downtimeStartLocal, zone);
        m.put(Milestone.STAGING_REFRESH_DEADLINE,
                ZonedTimeResolver.resolve(downtimeStartLocal.minus(policy.stagingRefreshBeforeDowntime()), zone));
        m.put(Milestone.GO_NO_GO,
                ZonedTimeResolver.resolve(downtimeStartLocal.minus(policy.goNoGoBeforeDowntime()), zone));
        m.put(Milestone.DOWNTIME_START, downtimeStart);

        ResolvedTime systemBack = ResolvedTime.ofInstant(downtimeStart.instant().plus(policy.expectedDowntime()), zone);
        ResolvedTime reviewEnd = ResolvedTime.ofInstant(systemBack.instant().plus(policy.technicalReview()), zone);
        m.put(Milestone.SYSTEM_BACK_EXPECTED, systemBack);
        m.put(Milestone.TECHNICAL_REVIEW_END, reviewEnd);

        ResolvedTime testingEnd = firstAfter(reviewEnd, policy.weekendTestingEndDay(), policy.weekendTestingEndTime(), zone);
        ResolvedTime businessResume = firstAfter(testingEnd, policy.businessResumeDay(), policy.businessResumeTime(), zone);
        m.put(Milestone.WEEKEND_TESTING_END, testingEnd);
        m.put(Milestone.BUSINESS_RESUME, businessResume);

        m.put(Milestone.POINT_OF_NO_RETURN, ResolvedTime.ofInstant(
                businessResume.instant().minus(policy.restoreDuration()).minus(policy.revalidationBuffer()), zone));

        return new GoLiveWindow(zone, downtimeStartLocal, m);
    }

    /**
     * The first (day, time) on the wall clock strictly after {@code previous}'s local time whose
     * resolved instant is also strictly after {@code previous}'s instant.
     */
    static ResolvedTime firstAfter(ResolvedTime previous, DayOfWeek day, LocalTime time, ZoneId zone) {
        LocalDateTime after = previous.local();
        LocalDateTime candidate = after.toLocalDate().with(TemporalAdjusters.nextOrSame(day)).atTime(time);
        if (!candidate.isAfter(after)) {
            candidate = candidate.plusWeeks(1);
        }
        ResolvedTime resolved = ZonedTimeResolver.resolve(candidate, zone);
        // A wall-clock time later than the previous one can still be an earlier instant when the
        // previous one sits in the second half of an overlap; a week later it cannot.
        while (!resolved.instant().isAfter(previous.instant())) {
            candidate = candidate.plusWeeks(1);
            resolved = ZonedTimeResolver.resolve(candidate, zone);
        }
        return resolved;
    }
}
