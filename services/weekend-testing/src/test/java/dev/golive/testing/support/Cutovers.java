package dev.golive.testing.support;

import dev.golive.contracts.cutover.CutoverCancelled;
import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.contracts.cutover.GoLiveWindowRescheduled;
import dev.golive.contracts.cutover.GoLiveWindowScheduled;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.MilestoneReached;
import dev.golive.contracts.cutover.MilestoneTime;
import dev.golive.contracts.cutover.TimeRule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * cutover-planner's window events for a go-live weekend in London: downtime Friday 18:00, system
 * back 22:00, technical review until Saturday 01:00, weekend testing until Sunday 18:00, business
 * resumes Monday 07:00.
 */
public final class Cutovers {

    public static final String ZONE = "Europe/London";
    private static final ZoneId LONDON = ZoneId.of(ZONE);

    /** One weekend's milestones, as instants. */
    public record Weekend(Instant downtimeStart, Instant systemBack, Instant testingStart, Instant testingEnd,
                          Instant businessResume) {

        /** The Friday {@code weeksAhead} weeks from now (at least a week ahead). */
        public static Weekend inWeeks(int weeksAhead) {
            LocalDate friday = LocalDate.now(LONDON).plusWeeks(weeksAhead).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
            LocalDateTime downtime = friday.atTime(18, 0);
            return new Weekend(at(downtime), at(downtime.plusHours(4)), at(downtime.plusHours(7)),
                    at(friday.plusDays(2).atTime(18, 0)), at(friday.plusDays(3).atTime(7, 0)));
        }
    }

    public static GoLiveWindowScheduled scheduled(String cutoverId, int revision, Weekend weekend) {
        return new GoLiveWindowScheduled(cutoverId, revision, ZONE, milestones(weekend), "olivia", Instant.now());
    }

    public static GoLiveWindowRescheduled rescheduled(String cutoverId, int revision, Weekend weekend, Weekend previous) {
        return new GoLiveWindowRescheduled(cutoverId, revision, ZONE, milestones(weekend), milestones(previous),
                "moved a week", "olivia", Instant.now());
    }

    public static CutoverCancelled cancelled(String cutoverId) {
        return new CutoverCancelled(cutoverId, CutoverStatus.SCHEDULED, "client postponed", "olivia", Instant.now());
    }

    private static List<MilestoneTime> milestones(Weekend w) {
        List<MilestoneTime> list = new ArrayList<>();
        list.add(time(Milestone.DOWNTIME_START, w.downtimeStart(), TimeRule.EXACT));
        list.add(time(Milestone.SYSTEM_BACK_EXPECTED, w.systemBack(), TimeRule.ELAPSED_FROM_PREVIOUS));
        list.add(time(Milestone.TECHNICAL_REVIEW_END, w.testingStart(), TimeRule.ELAPSED_FROM_PREVIOUS));
        list.add(time(Milestone.WEEKEND_TESTING_END, w.testingEnd(), TimeRule.EXACT));
        list.add(time(Milestone.POINT_OF_NO_RETURN, w.businessResume().minus(Duration.ofHours(8)),
                TimeRule.ELAPSED_FROM_PREVIOUS));
        list.add(time(Milestone.BUSINESS_RESUME, w.businessResume(), TimeRule.EXACT));
        return list;
    }

    /** {@code milestone} of window {@code revision}, due at {@code at}, reached on time. */
    public static MilestoneReached reached(String cutoverId, int revision, Milestone milestone, Instant at) {
        return new MilestoneReached(cutoverId, revision, milestone, at, at, false, 0, time(milestone, at, TimeRule.EXACT));
    }

    private static MilestoneTime time(Milestone milestone, Instant instant, TimeRule rule) {
        return new MilestoneTime(milestone, instant.atZone(LONDON).toLocalDateTime(), ZONE,
                LONDON.getRules().getOffset(instant), instant, rule);
    }

    private static Instant at(LocalDateTime local) {
        return local.atZone(LONDON).toInstant();
    }

    private Cutovers() {
    }
}
