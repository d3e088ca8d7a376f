package dev.golive.rollback.support;

import dev.golive.contracts.cutover.CutoverCancelled;
import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.contracts.cutover.GoLiveWindowRescheduled;
import dev.golive.contracts.cutover.GoLiveWindowScheduled;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.MilestoneReached;
import dev.golive.contracts.cutover.MilestoneTime;
import dev.golive.contracts.cutover.TimeRule;
import dev.golive.contracts.cutover.WeekendFact;
import dev.golive.contracts.cutover.WeekendFactObserved;
import dev.golive.contracts.runbook.RunbookProjectionChanged;
import dev.golive.contracts.incident.IncidentDetected;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Events of other services as they write them: cutover-planner's window events (with the point of
 * no return, the expected system back and business resume) and weekend-testing's detections.
 */
public final class Cutovers {

    public static final String ZONE = "Europe/London";
    /** Business resumes this long after the point of no return (restore + re-validation, by default). */
    public static final Duration RESTORE_AND_REVALIDATION = Duration.ofHours(4);

    public static Instant inDays(int days) {
        return Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.SECONDS);
    }

    public static Instant inSeconds(long seconds) {
        return Instant.now().plusSeconds(seconds).truncatedTo(ChronoUnit.MILLIS);
    }

    public static GoLiveWindowScheduled scheduled(String cutoverId, int revision, Instant pointOfNoReturn) {
        return new GoLiveWindowScheduled(cutoverId, revision, ZONE, milestones(pointOfNoReturn), "olivia",
                Instant.now());
    }

    public static GoLiveWindowRescheduled rescheduled(String cutoverId, int revision, Instant pointOfNoReturn) {
        return new GoLiveWindowRescheduled(cutoverId, revision, ZONE, milestones(pointOfNoReturn), List.of(),
                "moved a week", "olivia", Instant.now());
    }

    /** cutover-planner's word that the runbook saw the production upgrade finish at {@code observedAt}. */
    public static WeekendFactObserved systemBackObserved(String cutoverId, int revision, Instant observedAt,
                                                         Instant plannedAt) {
        return new WeekendFactObserved(cutoverId, revision, WeekendFact.SYSTEM_BACK, observedAt, plannedAt,
                UUID.randomUUID().toString(), "Upgrade production", "olivia", Instant.now());
    }

    /**
     * The runbook's projection: the upgraded system projected back at {@code systemBack}, after the
     * point of no return when {@code crosses}.
     */
    public static RunbookProjectionChanged projection(String cutoverId, Instant pointOfNoReturn, Instant systemBack,
                                                      boolean crosses) {
        Instant businessResume = pointOfNoReturn.plus(RESTORE_AND_REVALIDATION);
        return new RunbookProjectionChanged(cutoverId, "runbook-" + cutoverId, systemBack.plus(Duration.ofHours(2)),
                systemBack, businessResume, pointOfNoReturn, Duration.between(systemBack.plus(Duration.ofHours(2)),
                businessResume), crosses, List.of("Upgrade production", "Smoke test"), 0, Instant.now());
    }

    /** The planned instant of the system's return came (which says nothing of whether it is back). */
    public static MilestoneReached systemBackExpected(String cutoverId, int revision, Instant expected, Instant reachedAt) {
        return new MilestoneReached(cutoverId, revision, Milestone.SYSTEM_BACK_EXPECTED, expected, reachedAt, false,
                Duration.between(expected, reachedAt).toMillis(), time(Milestone.SYSTEM_BACK_EXPECTED, expected));
    }

    public static CutoverCancelled cancelled(String cutoverId) {
        return new CutoverCancelled(cutoverId, CutoverStatus.SCHEDULED, "client postponed", "olivia", Instant.now());
    }

    /** A failed critical weekend test: the system cannot be used, no workaround, no estimate. */
    public static IncidentDetected unusable(String cutoverId, String sourceRef) {
        return new IncidentDetected(cutoverId, "weekend-testing", sourceRef, "Sales orders cannot be confirmed",
                "critical scenario 'confirm a sales order' failed: server error on every attempt", "SALES", "CRITICAL",
                false, false, false, null, Instant.now());
    }

    /** The same detection, later: a workaround was found and the system is usable. */
    public static IncidentDetected workedAround(String cutoverId, String sourceRef) {
        return new IncidentDetected(cutoverId, "weekend-testing", sourceRef, "Sales orders cannot be confirmed",
                "confirming from the list view works", "SALES", "HIGH", true, false, true, Duration.ofHours(3),
                Instant.now());
    }

    /**
     * Milestones around the point of no return: the system is expected back a day before it,
     * business resumes {@link #RESTORE_AND_REVALIDATION} after it.
     */
    private static List<MilestoneTime> milestones(Instant pointOfNoReturn) {
        return List.of(time(Milestone.SYSTEM_BACK_EXPECTED, pointOfNoReturn.minus(Duration.ofDays(1))),
                time(Milestone.POINT_OF_NO_RETURN, pointOfNoReturn),
                time(Milestone.BUSINESS_RESUME, pointOfNoReturn.plus(RESTORE_AND_REVALIDATION)));
    }

    private static MilestoneTime time(Milestone milestone, Instant instant) {
        ZoneId zone = ZoneId.of(ZONE);
        TimeRule rule = milestone == Milestone.BUSINESS_RESUME ? TimeRule.EXACT : TimeRule.ELAPSED_FROM_PREVIOUS;
        return new MilestoneTime(milestone, instant.atZone(zone).toLocalDateTime(), ZONE,
                zone.getRules().getOffset(instant), instant, rule);
    }

    private Cutovers() {
    }
}
