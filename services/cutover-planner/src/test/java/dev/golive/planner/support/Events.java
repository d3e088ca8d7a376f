package dev.golive.planner.support;

import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.cutover.WeekendFact;
import dev.golive.contracts.runbook.RunbookReadinessChanged;
import dev.golive.contracts.runbook.RunbookTaskChanged;
import dev.golive.contracts.runbook.RunbookTaskStatus;
import dev.golive.contracts.runbook.TaskOwner;
import dev.golive.contracts.staging.UpgradeForecastChanged;
import dev.golive.contracts.incident.IncidentReported;
import dev.golive.contracts.incident.IncidentResolved;
import dev.golive.contracts.integration.IntegrationReadinessChanged;
import dev.golive.contracts.rollback.RollbackDecided;
import dev.golive.contracts.staging.DeveloperReviewChanged;
import dev.golive.contracts.staging.RehearsalCompleted;
import dev.golive.contracts.staging.StagingReadinessChanged;
import dev.golive.contracts.staging.SummaryItemRaised;
import dev.golive.contracts.staging.SummaryItemResolved;
import dev.golive.contracts.staging.UpgradeForecastExceedsWindow;
import dev.golive.contracts.testing.PlanPublished;
import dev.golive.contracts.testing.RosterPublished;
import dev.golive.contracts.testing.StagingRoundChanged;
import dev.golive.contracts.testing.StagingRoundChanged.FlowOutcome;
import dev.golive.contracts.testing.WeekendSignedOff;
import dev.golive.testkit.CatalogEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The other services' events about one cutover, as they would publish them, written to the real broker. */
public final class Events {

    public static String publish(GoliveEvent event) {
        return CatalogEvents.publish(Api.bootstrap(), event);
    }

    public static StagingReadinessChanged staging(String cutoverId, boolean ready, String... reasons) {
        return new StagingReadinessChanged(cutoverId, ready, List.of(reasons), "rehearsal-1", Instant.now());
    }

    public static RehearsalCompleted rehearsal(String cutoverId, String rehearsalId, String outcome) {
        return new RehearsalCompleted(cutoverId, rehearsalId, outcome, Duration.ofHours(2), 1, Duration.ofMinutes(20),
                Duration.ofHours(3), Instant.now());
    }

    public static SummaryItemRaised itemRaised(String cutoverId, String rehearsalId, String itemId) {
        return new SummaryItemRaised(cutoverId, rehearsalId, itemId, "CHANGED_FIELD", "sale.order", "state",
                "selection values changed", "olivia", Instant.now());
    }

    public static SummaryItemResolved itemResolved(String cutoverId, String rehearsalId, String itemId) {
        return new SummaryItemResolved(cutoverId, rehearsalId, itemId, "CHANGED_FIELD", "sale.order", "state",
                "ACCEPTED_AS_IS", "olivia", Instant.now());
    }

    /** staging-refresh's developer review of the rehearsal: done, or with these items still open. */
    public static DeveloperReviewChanged developerReview(String cutoverId, String rehearsalId, String... openItems) {
        int items = 8;
        return new DeveloperReviewChanged(cutoverId, rehearsalId, openItems.length == 0, items,
                items - 1 - openItems.length, 1, List.of(openItems), "devon", Instant.now());
    }

    /**
     * weekend-testing's staging round of the rehearsal with two critical flows: "Confirm a sales
     * order" (SALES) with {@code salesOrder}'s outcome, and "Validate a delivery" passed.
     */
    public static StagingRoundChanged stagingRound(String cutoverId, String rehearsalId, String salesOrder) {
        List<FlowOutcome> flows = List.of(new FlowOutcome("S-1", "Confirm a sales order", "SALES", salesOrder),
                new FlowOutcome("S-2", "Validate a delivery", "INVENTORY_AND_DELIVERY", "PASSED"));
        return new StagingRoundChanged(cutoverId, rehearsalId, "round-" + rehearsalId, flows,
                "PASSED".equals(salesOrder), Instant.now());
    }

    /** A rehearsal that just became current, as weekend-testing announces it: no round on it yet, every flow NOT_RUN. */
    public static StagingRoundChanged noStagingRound(String cutoverId, String rehearsalId) {
        return new StagingRoundChanged(cutoverId, rehearsalId, "none",
                List.of(new FlowOutcome("S-1", "Confirm a sales order", "SALES", "NOT_RUN"),
                        new FlowOutcome("S-2", "Validate a delivery", "INVENTORY_AND_DELIVERY", "NOT_RUN")),
                false, Instant.now());
    }

    public static UpgradeForecastExceedsWindow forecastExceeds(String cutoverId, String rehearsalId) {
        return new UpgradeForecastExceedsWindow(cutoverId, rehearsalId, Duration.ofHours(5), Duration.ofHours(4),
                Duration.ofHours(1), Instant.now());
    }

    public static IntegrationReadinessChanged integrations(String cutoverId, String integrationId, boolean ready,
                                                           String... reasons) {
        return new IntegrationReadinessChanged(cutoverId, integrationId, ready, List.of(reasons), Instant.now());
    }

    public static PlanPublished plan(String cutoverId, boolean criticalUnassigned) {
        Instant start = Instant.now().plus(Duration.ofDays(20));
        return new PlanPublished(cutoverId, UUID.randomUUID().toString(),
                List.of(new PlanPublished.Assignment(UUID.randomUUID().toString(), "S-1", "Confirm a sale order",
                        "SALES", true, UUID.randomUUID().toString(), "tess", start, start.plusSeconds(3600))),
                criticalUnassigned ? List.of(new PlanPublished.Unassigned("S-2", "Validate a delivery",
                        "NO_TESTER: nobody covers INVENTORY_AND_DELIVERY", true)) : List.of(),
                "olivia", Instant.now());
    }

    public static RosterPublished roster(String cutoverId, boolean withGap) {
        Instant start = Instant.parse("2026-12-11T16:00:00Z");
        return new RosterPublished(cutoverId,
                List.of(new RosterPublished.Shift("shift-1", "oscar", "PRIMARY", start, start.plusSeconds(7200))),
                withGap ? List.of(new RosterPublished.Gap("PRIMARY", start.plusSeconds(7200), start.plusSeconds(10800)))
                        : List.of(),
                List.of(), "olivia", Instant.now());
    }

    public static IncidentReported incident(String cutoverId, String incidentId, String severity, Instant reportedAt) {
        return incident(cutoverId, incidentId, "Stock moves lost on staging", severity, reportedAt);
    }

    /** An incident with its own title: gate reasons name incidents by their titles. */
    public static IncidentReported incident(String cutoverId, String incidentId, String title, String severity,
                                            Instant reportedAt) {
        return new IncidentReported(cutoverId, incidentId, title, "found in the rehearsal",
                "INVENTORY_AND_DELIVERY", severity, false, true, false, Duration.ofHours(2), "OPEN", "MANUAL", null,
                "oscar", reportedAt);
    }

    public static IncidentResolved incidentResolved(String cutoverId, String incidentId) {
        return new IncidentResolved(cutoverId, incidentId, "patched the module", "oscar", Instant.now());
    }

    public static WeekendSignedOff signedOff(String cutoverId) {
        return new WeekendSignedOff(cutoverId, 3, 5, 5, Instant.now());
    }

    public static RollbackDecided rollback(String cutoverId, String decision) {
        return new RollbackDecided(cutoverId, UUID.randomUUID().toString(), decision, "invoices are wrong",
                UUID.randomUUID().toString(), false, "olivia", Instant.now());
    }

    /** staging-refresh's forecast of the rehearsal: plausible, or not with {@code reason}. */
    public static UpgradeForecastChanged forecastChanged(String cutoverId, String rehearsalId, boolean plausible,
                                                        String reason) {
        return new UpgradeForecastChanged(cutoverId, rehearsalId, plausible ? Duration.ofHours(2) : Duration.ofSeconds(1),
                1.0, plausible ? Duration.ofMinutes(150) : Duration.ofMinutes(30), Duration.ofMinutes(30), plausible,
                reason, Instant.now());
    }

    /** The runbook's readiness: ready, or these tasks (titles) due before go/no-go still pending. */
    public static RunbookReadinessChanged runbookReadiness(String cutoverId, boolean ready, String... pending) {
        return new RunbookReadinessChanged(cutoverId, "runbook-1", ready, List.of(pending), Instant.now());
    }

    /**
     * A runbook task observing {@code fact} moved {@code from} → {@code to} at {@code at} (its actual
     * start when it starts, its actual finish when it finishes), by oscar.
     */
    public static RunbookTaskChanged task(String cutoverId, String taskId, String title, WeekendFact fact,
                                          RunbookTaskStatus from, RunbookTaskStatus to, Instant at) {
        Instant planned = Instant.parse("2026-12-11T16:00:00Z");
        boolean finished = to == RunbookTaskStatus.DONE;
        return new RunbookTaskChanged(cutoverId, "runbook-1", taskId, title,
                new TaskOwner(TaskOwner.Kind.ROLE, "on-call"), from, to, fact, planned, planned.plusSeconds(3600),
                finished ? at.minusSeconds(60) : at, finished ? at : null, null, "oscar", at);
    }

    /** The task that takes production down started at {@code at}. */
    public static RunbookTaskChanged downtimeStarted(String cutoverId, String taskId, Instant at) {
        return task(cutoverId, taskId, "Take production down", WeekendFact.DOWNTIME_STARTED, RunbookTaskStatus.PLANNED,
                RunbookTaskStatus.RUNNING, at);
    }

    /** The production upgrade finished at {@code at}: the system is back. */
    public static RunbookTaskChanged systemBack(String cutoverId, Instant at) {
        return task(cutoverId, "task-upgrade", "Upgrade production", WeekendFact.SYSTEM_BACK, RunbookTaskStatus.RUNNING,
                RunbookTaskStatus.DONE, at);
    }

    /** The task that hands the system to the business finished at {@code at}. */
    public static RunbookTaskChanged businessResumed(String cutoverId, Instant at) {
        return task(cutoverId, "task-resume", "Open the system to users", WeekendFact.BUSINESS_RESUMED,
                RunbookTaskStatus.RUNNING, RunbookTaskStatus.DONE, at);
    }

    /** Every event that makes all nine gates pass. */
    public static List<GoliveEvent> allGatesPassing(String cutoverId) {
        return List.of(staging(cutoverId, true), rehearsal(cutoverId, "rehearsal-1", "SUCCEEDED"),
                developerReview(cutoverId, "rehearsal-1"), stagingRound(cutoverId, "rehearsal-1", "PASSED"),
                integrations(cutoverId, null, true), plan(cutoverId, false), roster(cutoverId, false),
                runbookReadiness(cutoverId, true));
    }

    private Events() {
    }
}
