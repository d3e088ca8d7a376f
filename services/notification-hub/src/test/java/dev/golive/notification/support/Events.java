package dev.golive.notification.support;

import dev.golive.contracts.cutover.CutoverCancelled;
import dev.golive.contracts.cutover.CutoverPlanned;
import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.contracts.cutover.CutoverStatusChanged;
import dev.golive.contracts.cutover.GoLivePolicy;
import dev.golive.contracts.cutover.GoLiveWindowRescheduled;
import dev.golive.contracts.cutover.GoLiveWindowScheduled;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.MilestoneReached;
import dev.golive.contracts.cutover.WeekendFact;
import dev.golive.contracts.cutover.WeekendFactObserved;
import dev.golive.contracts.runbook.RunbookProjectionChanged;
import dev.golive.contracts.runbook.RunbookTaskOverdue;
import dev.golive.contracts.runbook.RunbookTaskStatus;
import dev.golive.contracts.runbook.TaskOwner;
import dev.golive.contracts.cutover.MilestoneTime;
import dev.golive.contracts.cutover.TimeRule;
import dev.golive.contracts.incident.IncidentReported;
import dev.golive.contracts.rollback.RollbackAssessmentChanged;
import dev.golive.contracts.testing.RosterPublished;
import dev.golive.testkit.DemoUsers;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Events of other services as they write them, about a cutover planned in London. */
public final class Events {

    public static final String ZONE = "Europe/London";

    public static Instant inDays(int days) {
        return Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.MINUTES);
    }

    /** The announcement of a cutover named {@code name}, the demo team its members. */
    public static CutoverPlanned planned(String cutoverId, String name) {
        return new CutoverPlanned(cutoverId, name, "Acme", "Odoo", 16, 19, List.of(17, 18, 19), ZONE, "ops",
                GoLivePolicy.defaults(), List.of(), "olivia", Instant.now(), DemoUsers.team());
    }

    public static GoLiveWindowScheduled scheduled(String cutoverId, int revision, Instant downtimeStart) {
        return new GoLiveWindowScheduled(cutoverId, revision, ZONE, milestones(downtimeStart), "olivia", Instant.now());
    }

    public static GoLiveWindowRescheduled rescheduled(String cutoverId, int revision, Instant downtimeStart,
                                                      Instant previousDowntimeStart) {
        return new GoLiveWindowRescheduled(cutoverId, revision, ZONE, milestones(downtimeStart),
                milestones(previousDowntimeStart), "moved a week", "olivia", Instant.now());
    }

    public static CutoverStatusChanged status(String cutoverId, CutoverStatus from, CutoverStatus to) {
        return new CutoverStatusChanged(cutoverId, from, to, "on plan", "olivia", Instant.now());
    }

    /** The trigger of {@code milestone}, due at {@code at}, fired on time. */
    public static MilestoneReached reached(String cutoverId, int revision, Milestone milestone, Instant at) {
        return new MilestoneReached(cutoverId, revision, milestone, at, at, false, 0, time(milestone, at, TimeRule.EXACT));
    }

    /** cutover-planner's word that the runbook observed {@code fact} at {@code observedAt}; planned at {@code plannedAt}. */
    public static WeekendFactObserved observed(String cutoverId, int revision, WeekendFact fact, Instant observedAt,
                                               Instant plannedAt) {
        return new WeekendFactObserved(cutoverId, revision, fact, observedAt, plannedAt, UUID.randomUUID().toString(),
                "Upgrade production", "olivia", Instant.now());
    }

    /** The runbook found the task {@code title} of {@code owner} unfinished 25 min after its planned finish. */
    public static RunbookTaskOverdue overdue(String cutoverId, String title, TaskOwner owner) {
        Instant detected = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return new RunbookTaskOverdue(cutoverId, "rb-" + cutoverId, UUID.randomUUID().toString(), title, owner,
                RunbookTaskStatus.RUNNING, detected.minus(Duration.ofMinutes(25)), Duration.ofMinutes(10), detected, 0L);
    }

    /** The runbook's projection: the upgraded system back at {@code systemBack}, after the point of no return when {@code crosses}. */
    public static RunbookProjectionChanged projection(String cutoverId, Instant systemBack, Instant pointOfNoReturn,
                                                      boolean crosses) {
        Instant businessResume = pointOfNoReturn.plus(Duration.ofHours(16));
        return new RunbookProjectionChanged(cutoverId, "rb-" + cutoverId, systemBack.plus(Duration.ofHours(3)), systemBack,
                businessResume, pointOfNoReturn, Duration.between(systemBack.plus(Duration.ofHours(3)), businessResume),
                crosses, List.of("Upgrade production"), 0, Instant.now());
    }

    public static CutoverCancelled cancelled(String cutoverId) {
        return new CutoverCancelled(cutoverId, CutoverStatus.SCHEDULED, "client postponed", "olivia", Instant.now());
    }

    /** An incident reported through rollback-decision's API. */
    public static IncidentReported incident(String cutoverId, String severity, String title) {
        return new IncidentReported(cutoverId, UUID.randomUUID().toString(), title, "found during the weekend tests",
                "SALES", severity, false, false, false, Duration.ofHours(2), "OPEN", "rest", null, "oscar",
                Instant.now());
    }

    public static RollbackAssessmentChanged decideNow(String cutoverId) {
        Instant pnr = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        return new RollbackAssessmentChanged(cutoverId, UUID.randomUUID().toString(), "DECIDE_NOW",
                List.of("critical incident open near the point of no return"), List.of(UUID.randomUUID().toString()),
                Duration.ofHours(2), pnr, Duration.ofHours(10), Instant.now());
    }

    /** A roster: {@code primary} then {@code secondary} on call for the next days. */
    public static RosterPublished roster(String cutoverId, String primary, String secondary) {
        Instant from = Instant.now().minus(Duration.ofHours(1));
        Instant to = from.plus(Duration.ofDays(3));
        return new RosterPublished(cutoverId, List.of(
                new RosterPublished.Shift("s-1", primary, "PRIMARY", from, to),
                new RosterPublished.Shift("s-2", secondary, "SECONDARY", from, to)), List.of(), List.of(), "olivia",
                Instant.now());
    }

    /** The downtime starts at {@code downtimeStart}; the system is back 4 h later, business resumes 3 days later. */
    private static List<MilestoneTime> milestones(Instant downtimeStart) {
        return List.of(time(Milestone.DOWNTIME_START, downtimeStart, TimeRule.EXACT),
                time(Milestone.SYSTEM_BACK_EXPECTED, downtimeStart.plus(Duration.ofHours(4)), TimeRule.ELAPSED_FROM_PREVIOUS),
                time(Milestone.BUSINESS_RESUME, downtimeStart.plus(Duration.ofDays(3)), TimeRule.EXACT));
    }

    private static MilestoneTime time(Milestone milestone, Instant instant, TimeRule rule) {
        ZoneId zone = ZoneId.of(ZONE);
        return new MilestoneTime(milestone, instant.atZone(zone).toLocalDateTime(), ZONE,
                zone.getRules().getOffset(instant), instant, rule);
    }

    private Events() {
    }
}
