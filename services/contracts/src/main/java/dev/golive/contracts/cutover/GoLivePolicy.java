package dev.golive.contracts.cutover;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;

/**
 * How a cutover's go-live window is laid out. Wall-clock fields (day and time) are read in
 * the cutover's zone; {@code expectedDowntime}, {@code technicalReview}, {@code restoreDuration}
 * and {@code revalidationBuffer} are elapsed time; {@code stagingRefreshBeforeDowntime} and
 * {@code goNoGoBeforeDowntime} are subtracted from the downtime start on the wall clock
 * (a day before 17:00 is 17:00 the day before, whatever the clocks did overnight).
 *
 * <p>Also the body of the policy in the planner's API, where an unknown field is refused; in
 * events, {@link dev.golive.contracts.EventCodec} ignores unknown fields as for every record.
 */
public record GoLivePolicy(
        DayOfWeek downtimeDay,
        LocalTime downtimeStartTime,
        Duration expectedDowntime,
        Duration technicalReview,
        DayOfWeek weekendTestingEndDay,
        LocalTime weekendTestingEndTime,
        DayOfWeek businessResumeDay,
        LocalTime businessResumeTime,
        Duration restoreDuration,
        Duration revalidationBuffer,
        Duration minimumLeadTime,
        Duration stagingRefreshBeforeDowntime,
        Duration goNoGoBeforeDowntime) {

    /**
     * This policy with every missing (null) field taken from {@code base}: how a partial
     * policy from a request, or one stored before a field existed, becomes complete.
     */
    public GoLivePolicy orElse(GoLivePolicy base) {
        return new GoLivePolicy(
                or(downtimeDay, base.downtimeDay),
                or(downtimeStartTime, base.downtimeStartTime),
                or(expectedDowntime, base.expectedDowntime),
                or(technicalReview, base.technicalReview),
                or(weekendTestingEndDay, base.weekendTestingEndDay),
                or(weekendTestingEndTime, base.weekendTestingEndTime),
                or(businessResumeDay, base.businessResumeDay),
                or(businessResumeTime, base.businessResumeTime),
                or(restoreDuration, base.restoreDuration),
                or(revalidationBuffer, base.revalidationBuffer),
                or(minimumLeadTime, base.minimumLeadTime),
                or(stagingRefreshBeforeDowntime, base.stagingRefreshBeforeDowntime),
                or(goNoGoBeforeDowntime, base.goNoGoBeforeDowntime));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    public static GoLivePolicy defaults() {
        return new GoLivePolicy(
                DayOfWeek.FRIDAY, LocalTime.of(17, 0),
                Duration.ofHours(4), Duration.ofHours(2),
                DayOfWeek.SUNDAY, LocalTime.of(18, 0),
                DayOfWeek.MONDAY, LocalTime.of(8, 0),
                Duration.ofHours(3), Duration.ofHours(1),
                Duration.ofDays(14), Duration.ofDays(3), Duration.ofDays(1));
    }
}
