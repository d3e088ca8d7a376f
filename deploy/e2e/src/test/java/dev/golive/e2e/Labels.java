package dev.golive.e2e;

import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.cutover.CutoverStatusChanged;
import dev.golive.contracts.cutover.CutoverUpdated;
import dev.golive.contracts.cutover.GateChanged;
import dev.golive.contracts.cutover.GoLiveWindowRescheduled;
import dev.golive.contracts.cutover.GoLiveWindowScheduled;
import dev.golive.contracts.cutover.GoNoGoDecided;
import dev.golive.contracts.cutover.WeekendFactObserved;
import dev.golive.contracts.runbook.RunbookInstantiated;
import dev.golive.contracts.runbook.RunbookReadinessChanged;
import dev.golive.contracts.runbook.RunbookTaskChanged;
import dev.golive.contracts.runbook.RunbookTaskOverdue;
import dev.golive.contracts.staging.UpgradeForecastChanged;
import dev.golive.contracts.cutover.GoNoGoRecommended;
import dev.golive.contracts.cutover.MilestoneReached;
import dev.golive.contracts.incident.IncidentDetected;
import dev.golive.contracts.incident.IncidentReported;
import dev.golive.contracts.incident.IncidentUpdated;
import dev.golive.contracts.integration.ChecklistItemChanged;
import dev.golive.contracts.integration.IntegrationReadinessChanged;
import dev.golive.contracts.integration.IntegrationRegistered;
import dev.golive.contracts.integration.LiveVerificationCompleted;
import dev.golive.contracts.integration.LiveVerificationScheduled;
import dev.golive.contracts.integration.ProbeCompleted;
import dev.golive.contracts.notification.PageAcknowledged;
import dev.golive.contracts.notification.PageEscalated;
import dev.golive.contracts.notification.PageSent;
import dev.golive.contracts.rollback.RollbackAssessmentChanged;
import dev.golive.contracts.rollback.RollbackDecided;
import dev.golive.contracts.staging.CustomModuleAttemptRecorded;
import dev.golive.contracts.staging.RehearsalCompleted;
import dev.golive.contracts.staging.RehearsalStageChanged;
import dev.golive.contracts.staging.DeveloperReviewChanged;
import dev.golive.contracts.staging.StagingReadinessChanged;
import dev.golive.contracts.staging.SummaryItemRaised;
import dev.golive.contracts.staging.SummaryItemResolved;
import dev.golive.contracts.testing.CoverageChanged;
import dev.golive.contracts.testing.PlanPublished;
import dev.golive.contracts.testing.ResultRecorded;
import dev.golive.contracts.testing.StagingRoundChanged;
import dev.golive.contracts.testing.TrainingListSent;
import dev.golive.contracts.testing.RosterPublished;

import java.util.function.UnaryOperator;

/**
 * A recorded event as one line of the expected story: its type and what tells it apart from its
 * neighbours ({@code MilestoneReached DOWNTIME_START}, {@code CutoverStatusChanged SCHEDULED→GO_NO_GO_PASSED},
 * {@code IntegrationReadinessChanged Acme Carrier not ready}). Integration ids are shown by name.
 */
final class Labels {

    private Labels() {
    }

    static String of(TopicRecorder.Recorded r, UnaryOperator<String> integrationName) {
        String type = TopicRecorder.shortType(r.type());
        GoliveEvent event = r.event();
        if (event == null) {
            return type;
        }
        String detail = detail(event, integrationName);
        return detail == null ? type : type + " " + detail;
    }

    private static String detail(GoliveEvent event, UnaryOperator<String> name) {
        if (event instanceof CutoverUpdated e) {
            return String.valueOf(e.changedFields());
        }
        if (event instanceof GoLiveWindowScheduled e) {
            return "r" + e.windowRevision();
        }
        if (event instanceof GoLiveWindowRescheduled e) {
            return "r" + e.windowRevision();
        }
        if (event instanceof CutoverStatusChanged e) {
            return e.from() + "→" + e.to();
        }
        if (event instanceof MilestoneReached e) {
            return String.valueOf(e.milestone());
        }
        if (event instanceof GateChanged e) {
            return e.gate() + " " + e.state();
        }
        if (event instanceof GoNoGoRecommended e) {
            return e.recommendation();
        }
        if (event instanceof GoNoGoDecided e) {
            return e.decision();
        }
        if (event instanceof WeekendFactObserved e) {
            return String.valueOf(e.fact());
        }
        if (event instanceof UpgradeForecastChanged e) {
            return e.plausible() ? "plausible" : "implausible";
        }
        if (event instanceof RunbookInstantiated e) {
            return e.templateName();
        }
        if (event instanceof RunbookTaskChanged e) {
            return e.title() + " " + e.from() + "→" + e.to();
        }
        if (event instanceof RunbookTaskOverdue e) {
            return e.title();
        }
        if (event instanceof RunbookReadinessChanged e) {
            return e.ready() ? "ready" : "not ready " + e.pendingTasks();
        }
        if (event instanceof RehearsalStageChanged e) {
            return e.from() + "→" + e.to();
        }
        if (event instanceof CustomModuleAttemptRecorded e) {
            return "#" + e.attemptNumber() + " " + e.outcome();
        }
        if (event instanceof RehearsalCompleted e) {
            return e.outcome();
        }
        if (event instanceof DeveloperReviewChanged e) {
            return e.done() ? "done" : (e.checked() + e.notApplicable()) + "/" + e.items();
        }
        if (event instanceof StagingRoundChanged e) {
            long passed = e.criticalFlows().stream().filter(f -> "PASSED".equals(f.outcome())).count();
            return passed + "/" + e.criticalFlows().size() + " critical passed" + ("none".equals(e.roundId()) ? ", no round" : "");
        }
        if (event instanceof TrainingListSent e) {
            return e.area() + " to " + e.recipients();
        }
        if (event instanceof StagingReadinessChanged e) {
            return e.ready() ? "ready" : "not ready " + e.reasons();
        }
        if (event instanceof SummaryItemRaised e) {
            return e.kind();
        }
        if (event instanceof SummaryItemResolved e) {
            return e.kind() + " " + e.resolution();
        }
        if (event instanceof IntegrationRegistered e) {
            return e.name();
        }
        if (event instanceof IntegrationReadinessChanged e) {
            return (e.integrationId() == null ? "cutover" : name.apply(e.integrationId()))
                    + (e.ready() ? " ready" : " not ready");
        }
        if (event instanceof ChecklistItemChanged e) {
            return name.apply(e.integrationId()) + " " + e.item() + " " + e.status();
        }
        if (event instanceof ProbeCompleted e) {
            return name.apply(e.integrationId()) + " " + e.outcome() + (e.scheduled() ? " scheduled" : " by hand");
        }
        if (event instanceof LiveVerificationScheduled e) {
            return e.integrationIds().stream().map(name).toList().toString();
        }
        if (event instanceof LiveVerificationCompleted e) {
            return name.apply(e.integrationId()) + (e.passed() ? " passed" : " failed");
        }
        if (event instanceof PlanPublished e) {
            return e.assignments().size() + " assignments, " + e.unassigned().size() + " unassigned";
        }
        if (event instanceof RosterPublished e) {
            return e.gaps().isEmpty() ? "no gap" : e.gaps().size() + " gaps";
        }
        if (event instanceof ResultRecorded e) {
            return e.scenarioId() + " " + e.outcome() + ("STAGING".equals(e.round()) ? " on staging" : "");
        }
        if (event instanceof CoverageChanged e) {
            int critical = e.areas().stream().mapToInt(CoverageChanged.AreaCoverage::criticalScenarios).sum();
            int passed = e.areas().stream().mapToInt(CoverageChanged.AreaCoverage::criticalPassed).sum();
            return passed + "/" + critical + " critical passed";
        }
        if (event instanceof IncidentDetected e) {
            return e.source() + " " + e.severity();
        }
        if (event instanceof IncidentReported e) {
            return e.severity() + " from " + e.source();
        }
        if (event instanceof IncidentUpdated e) {
            return e.changedFields().toString();
        }
        if (event instanceof RollbackAssessmentChanged e) {
            return e.recommendation();
        }
        if (event instanceof RollbackDecided e) {
            return e.decision();
        }
        if (event instanceof PageSent e) {
            return e.level() + " " + e.recipientUsername();
        }
        if (event instanceof PageEscalated e) {
            return e.fromLevel() + "→" + e.toLevel();
        }
        if (event instanceof PageAcknowledged e) {
            return e.level() + " by " + e.acknowledgedBy();
        }
        return null;
    }
}
