package dev.golive.contracts;

import dev.golive.contracts.cutover.Blackout;
import dev.golive.contracts.cutover.CutoverCancelled;
import dev.golive.contracts.cutover.CutoverMember;
import dev.golive.contracts.cutover.CutoverMembersChanged;
import dev.golive.contracts.cutover.CutoverPlanned;
import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.contracts.cutover.CutoverStatusChanged;
import dev.golive.contracts.cutover.CutoverUpdated;
import dev.golive.contracts.cutover.GateChanged;
import dev.golive.contracts.cutover.GoLivePolicy;
import dev.golive.contracts.cutover.GoLiveWindowRescheduled;
import dev.golive.contracts.cutover.GoLiveWindowScheduled;
import dev.golive.contracts.cutover.HolidayChoice;
import dev.golive.contracts.cutover.GoNoGoDecided;
import dev.golive.contracts.cutover.GoNoGoRecommended;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.MilestoneReached;
import dev.golive.contracts.cutover.MilestoneTime;
import dev.golive.contracts.cutover.TimeRule;
import dev.golive.contracts.cutover.WeekendFact;
import dev.golive.contracts.cutover.WeekendFactObserved;
import dev.golive.contracts.runbook.RunbookInstantiated;
import dev.golive.contracts.runbook.RunbookProjectionChanged;
import dev.golive.contracts.runbook.RunbookReadinessChanged;
import dev.golive.contracts.runbook.RunbookTaskChanged;
import dev.golive.contracts.runbook.RunbookTaskOverdue;
import dev.golive.contracts.runbook.RunbookTaskStatus;
import dev.golive.contracts.runbook.TaskOwner;
import dev.golive.contracts.staging.UpgradeForecastChanged;
import dev.golive.contracts.incident.IncidentDetected;
import dev.golive.contracts.incident.IncidentReported;
import dev.golive.contracts.incident.IncidentResolved;
import dev.golive.contracts.incident.IncidentUpdated;
import dev.golive.contracts.integration.ChecklistItemChanged;
import dev.golive.contracts.integration.IntegrationReadinessChanged;
import dev.golive.contracts.integration.IntegrationRegistered;
import dev.golive.contracts.integration.LiveVerificationCompleted;
import dev.golive.contracts.integration.LiveVerificationScheduled;
import dev.golive.contracts.integration.ProbeCompleted;
import dev.golive.contracts.notification.NotificationDelivered;
import dev.golive.contracts.notification.NotificationFailed;
import dev.golive.contracts.notification.PageAcknowledged;
import dev.golive.contracts.notification.PageEscalated;
import dev.golive.contracts.notification.PageSent;
import dev.golive.contracts.rollback.PointOfNoReturnApproaching;
import dev.golive.contracts.rollback.PointOfNoReturnPassed;
import dev.golive.contracts.rollback.RollbackAssessmentChanged;
import dev.golive.contracts.rollback.RollbackDecided;
import dev.golive.contracts.staging.CustomModuleAttemptRecorded;
import dev.golive.contracts.staging.RehearsalCompleted;
import dev.golive.contracts.staging.RehearsalRequested;
import dev.golive.contracts.staging.RehearsalStageChanged;
import dev.golive.contracts.staging.DeveloperReviewChanged;
import dev.golive.contracts.staging.StagingReadinessChanged;
import dev.golive.contracts.staging.StagingRefreshDue;
import dev.golive.contracts.staging.SummaryItemRaised;
import dev.golive.contracts.staging.SummaryItemResolved;
import dev.golive.contracts.staging.UpgradeForecastExceedsWindow;
import dev.golive.contracts.testing.AssignmentChanged;
import dev.golive.contracts.testing.CoverageChanged;
import dev.golive.contracts.testing.PlanPublished;
import dev.golive.contracts.testing.ResultRecorded;
import dev.golive.contracts.testing.RosterPublished;
import dev.golive.contracts.testing.StagingRoundChanged;
import dev.golive.contracts.testing.TrainingListSent;
import dev.golive.contracts.testing.WeekendSignedOff;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One event of every type of the catalogue, every field filled in (optional ones too), as their
 * producers would write them about one cutover.
 */
final class ExampleEvents {

    static final String CUTOVER = "7d1c2b9e-3f4a-4e6b-9c8d-1a2b3c4d5e6f";
    private static final Instant AT = Instant.parse("2026-12-11T16:00:00Z");
    private static final String ZONE = "Europe/London";

    private static final Map<Class<?>, GoliveEvent> BY_CLASS = Stream.of(
            // cutover-planner
            new CutoverPlanned(CUTOVER, "Acme 16 to 19", "Acme", "Odoo", 16, 19, List.of(17, 18, 19), ZONE, "blue",
                    GoLivePolicy.defaults(), List.of(blackout()), "olivia", AT,
                    List.of(new CutoverMember("olivia", "ops-lead"), new CutoverMember("sam", "stakeholder"))),
            new CutoverMembersChanged(CUTOVER, List.of(new CutoverMember("olivia", "ops-lead"),
                    new CutoverMember("oscar", "on-call")), "olivia", AT),
            new CutoverUpdated(CUTOVER, List.of("zone"), "Acme 16 to 19", "Acme", "Odoo", 16, 19, List.of(17, 18, 19),
                    ZONE, "blue", GoLivePolicy.defaults(), List.of(blackout()), "olivia", AT),
            new GoLiveWindowScheduled(CUTOVER, 1, ZONE, List.of(downtime()), "olivia", AT,
                    new HolidayChoice(List.of("Christmas"), "the plant is closed that weekend anyway")),
            new GoLiveWindowRescheduled(CUTOVER, 2, ZONE, List.of(downtime()), List.of(downtime()), "moved a week",
                    "olivia", AT, new HolidayChoice(List.of("Easter Monday"), "the only weekend the client can do")),
            new MilestoneReached(CUTOVER, 1, Milestone.DOWNTIME_START, AT, AT.plusSeconds(2), false, 2000, downtime()),
            new CutoverStatusChanged(CUTOVER, CutoverStatus.DRAFT, CutoverStatus.SCHEDULED, "window scheduled",
                    "olivia", AT),
            new CutoverCancelled(CUTOVER, CutoverStatus.SCHEDULED, "client postponed", "olivia", AT),
            new GateChanged(CUTOVER, "STAGING_REHEARSAL", "FAILED", List.of("NO_SUCCESSFUL_REHEARSAL"), AT),
            new GoNoGoRecommended(CUTOVER, "NO_GO", List.of("STAGING_REHEARSAL"), AT.plusSeconds(86_400), AT),
            new GoNoGoDecided(CUTOVER, "GO", "olivia", "rehearsal accepted", List.of("STAGING_REHEARSAL"), AT),
            new WeekendFactObserved(CUTOVER, 1, WeekendFact.SYSTEM_BACK, AT.plusSeconds(4 * 3600),
                    AT.plusSeconds(3 * 3600), "t-5", "Run the production upgrade", "upgrade-platform", AT.plusSeconds(4 * 3600)),
            new UpgradeForecastChanged(CUTOVER, "r-1", Duration.ofMinutes(95), 1.4, Duration.ofMinutes(200),
                    Duration.ofMinutes(30), true, "scaled by production's database size", AT),
            // staging-refresh
            new RehearsalRequested(CUTOVER, "r-1", AT.minusSeconds(3600), List.of(17, 18, 19), "olivia", AT),
            new RehearsalStageChanged(CUTOVER, "r-1", "REQUESTED", "STANDARD_UPGRADE_RUNNING", "ci", AT),
            new CustomModuleAttemptRecorded(CUTOVER, "r-1", 1, "abc123", "FAILED", "PYTHON_ERROR",
                    Duration.ofMinutes(12), "Traceback (most recent call last)", AT),
            new RehearsalCompleted(CUTOVER, "r-1", "SUCCEEDED", Duration.ofHours(2), 2, Duration.ofMinutes(20),
                    Duration.ofHours(3), AT),
            new SummaryItemRaised(CUTOVER, "r-1", "i-1", "CHANGED_FIELD", "sale.order", "state",
                    "selection values changed", "nina", AT),
            new SummaryItemResolved(CUTOVER, "r-1", "i-1", "CHANGED_FIELD", "sale.order", "state", "ACCEPTED_AS_IS",
                    "nina", AT),
            new StagingRefreshDue(CUTOVER, "TOO_OLD", "the backup is 9 days old", AT.plusSeconds(3600), "r-1", AT,
                    180_000L),
            new StagingReadinessChanged(CUTOVER, false, List.of("STALE"), "r-1", AT),
            new DeveloperReviewChanged(CUTOVER, "r-1", false, 8, 5, 1, List.of("Important PDF reports print"), "devon", AT),
            new UpgradeForecastExceedsWindow(CUTOVER, "r-1", Duration.ofHours(5), Duration.ofHours(4),
                    Duration.ofHours(1), AT),
            // rollback-decision (and IncidentDetected from weekend-testing, integration-readiness)
            new IncidentDetected(CUTOVER, "weekend-testing", "S-1", "Sales orders cannot be confirmed",
                    "server error on every attempt", "SALES", "CRITICAL", false, true, false, Duration.ofHours(2), AT),
            new IncidentReported(CUTOVER, "inc-1", "Sales orders cannot be confirmed", "server error on every attempt",
                    "SALES", "CRITICAL", false, true, false, Duration.ofHours(2), "OPEN", "weekend-testing", "S-1",
                    "weekend-testing", AT),
            new IncidentUpdated(CUTOVER, "inc-1", List.of("severity"), "Sales orders cannot be confirmed",
                    "server error on every attempt", "SALES", "HIGH", true, false, true, Duration.ofHours(1),
                    "MITIGATED", "oscar", AT),
            new IncidentResolved(CUTOVER, "inc-1", "patched the module", "oscar", AT),
            new PointOfNoReturnApproaching(CUTOVER, AT.plusSeconds(14_400), Duration.ofHours(4), 1, AT, 0L),
            new PointOfNoReturnPassed(CUTOVER, AT, 1, AT, 90_000L),
            new RollbackAssessmentChanged(CUTOVER, "a-1", "DECIDE_NOW", List.of("CRITICAL_OPEN: sales blocked"),
                    List.of("inc-1"), Duration.ofHours(2), AT.plusSeconds(7200), Duration.ofHours(10), AT, 4L),
            new RollbackDecided(CUTOVER, "d-1", "ROLL_BACK", "invoices are wrong", "a-1", false, "olivia", AT),
            // integration-readiness
            new IntegrationRegistered(CUTOVER, "int-1", "Carrier", "SHIPPING_CARRIER", "nina", "CRITICAL", true,
                    List.of("stock.picking"), List.of("carrier_id"), List.of("Sync labels"), AT),
            new ChecklistItemChanged(CUTOVER, "int-1", "CREDENTIALS", "OPEN", "rotated on staging", "nina",
                    "changed field stock.picking.carrier_id", AT),
            new ProbeCompleted(CUTOVER, "int-1", "p-1", "https://carrier.example/health", "FAILED", 503, 120L,
                    AT.plusSeconds(86_400 * 30L), List.of("status 503, expected 200"), true, AT, 0L),
            new IntegrationReadinessChanged(CUTOVER, "int-1", false, List.of("PROBE_FAILED"), AT),
            new LiveVerificationScheduled(CUTOVER, List.of("int-1"), AT.plusSeconds(600), AT),
            new LiveVerificationCompleted(CUTOVER, "int-1", false, List.of("status 503, expected 200"), AT,
                    1_200_000L),
            // weekend-testing
            new PlanPublished(CUTOVER, "plan-1",
                    List.of(new PlanPublished.Assignment("as-1", "S-1", "Confirm a sale order", "SALES", true, "t-1",
                            "tess", AT, AT.plusSeconds(3600))),
                    List.of(new PlanPublished.Unassigned("S-2", "Validate a delivery", "NO_TESTER: nobody", true)),
                    "olivia", AT),
            new AssignmentChanged(CUTOVER, "as-1", "S-1", "t-2", "tom", AT, AT.plusSeconds(3600), "tess is ill",
                    "olivia", AT),
            new ResultRecorded(CUTOVER, "as-1", "S-1", "Confirm a sale order", "SALES", true, "FAILED",
                    "server error", "tess", AT, "STAGING", "r-1"),
            new CoverageChanged(CUTOVER, List.of(new CoverageChanged.AreaCoverage("SALES", 5, 3, 1, 1, 2, 1)), AT),
            new WeekendSignedOff(CUTOVER, 3, 5, 5, AT),
            new StagingRoundChanged(CUTOVER, "r-1", "round-1", List.of(new StagingRoundChanged.FlowOutcome("S-1",
                    "Confirm a sale order", "SALES", "PASSED")), true, AT),
            new TrainingListSent(CUTOVER, "SALES", List.of(new TrainingListSent.Change("MOVED_MENU",
                    "Quotations moved under Orders", "Confirm a sale order", "tess")), List.of("sam"), "olivia", AT),
            new RosterPublished(CUTOVER, List.of(new RosterPublished.Shift("sh-1", "oscar", "PRIMARY", AT,
                            AT.plusSeconds(7200))),
                    List.of(new RosterPublished.Gap("SECONDARY", AT, AT.plusSeconds(7200))),
                    List.of(new RosterPublished.Overlap("oscar", "sh-1", "sh-2")), "olivia", AT),
            // notification-hub
            new NotificationDelivered(CUTOVER, "del-1", "st-1", "EMAIL", "ev-1", "golive.cutover.CutoverPlanned.v1",
                    "Cutover planned", 1, AT),
            new NotificationFailed(CUTOVER, "del-1", "st-1", "WEBHOOK", "ev-1", "golive.cutover.CutoverPlanned.v1", 5,
                    "status 500", AT),
            new PageSent(CUTOVER, "pg-1", "PRIMARY", "st-1", "oscar", "critical incident", "ev-2",
                    "golive.incident.IncidentReported.v1", AT.plusSeconds(900), AT),
            new PageAcknowledged(CUTOVER, "pg-1", "PRIMARY", "oscar", "LINK", AT),
            new PageEscalated(CUTOVER, "pg-1", "PRIMARY", "SECONDARY", "st-2", AT, 60_000L),
            // runbook
            new RunbookInstantiated(CUTOVER, "rb-1", "Odoo.sh go-live", 18, "olivia", AT),
            new RunbookTaskChanged(CUTOVER, "rb-1", "t-5", "Run the production upgrade",
                    new TaskOwner(TaskOwner.Kind.AUTOMATED, "upgrade-platform"), RunbookTaskStatus.RUNNING,
                    RunbookTaskStatus.DONE, WeekendFact.SYSTEM_BACK, AT, AT.plusSeconds(3 * 3600), AT.plusSeconds(600),
                    AT.plusSeconds(4 * 3600), "finished 58 min late", "upgrade-platform", AT.plusSeconds(4 * 3600)),
            new RunbookTaskOverdue(CUTOVER, "rb-1", "t-6", "Review custom modules",
                    new TaskOwner(TaskOwner.Kind.ROLE, "on-call"), RunbookTaskStatus.RUNNING, AT,
                    Duration.ofMinutes(15), AT.plusSeconds(900), 2_000L),
            new RunbookProjectionChanged(CUTOVER, "rb-1", AT.plusSeconds(40 * 3600), AT.plusSeconds(31 * 3600), AT.plusSeconds(62 * 3600),
                    AT.plusSeconds(30 * 3600), Duration.ofHours(22), true,
                    List.of("Take production down", "Run the production upgrade"), 1, AT),
            new RunbookReadinessChanged(CUTOVER, "rb-1", false, List.of("Announce the downtime"), AT)
    ).collect(Collectors.toUnmodifiableMap(Object::getClass, Function.identity()));

    /** The example of {@code type}; null when there is none yet. */
    static GoliveEvent of(EventType<?> type) {
        return BY_CLASS.get(type.recordClass());
    }

    private static Blackout blackout() {
        return new Blackout(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-26"), "Christmas");
    }

    private static MilestoneTime downtime() {
        return new MilestoneTime(Milestone.DOWNTIME_START, LocalDateTime.parse("2026-12-11T16:00:00"), ZONE,
                ZoneOffset.UTC, AT, TimeRule.EXACT);
    }

    private ExampleEvents() {
    }
}
