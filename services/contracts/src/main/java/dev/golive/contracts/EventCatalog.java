package dev.golive.contracts;

import dev.golive.contracts.cutover.CutoverCancelled;
import dev.golive.contracts.cutover.CutoverMembersChanged;
import dev.golive.contracts.cutover.CutoverPlanned;
import dev.golive.contracts.cutover.CutoverStatusChanged;
import dev.golive.contracts.cutover.CutoverUpdated;
import dev.golive.contracts.cutover.GoLiveWindowRescheduled;
import dev.golive.contracts.cutover.GoLiveWindowScheduled;
import dev.golive.contracts.cutover.MilestoneReached;
import dev.golive.contracts.cutover.GateChanged;
import dev.golive.contracts.cutover.GoNoGoDecided;
import dev.golive.contracts.cutover.GoNoGoRecommended;
import dev.golive.contracts.cutover.WeekendFactObserved;
import dev.golive.contracts.runbook.RunbookInstantiated;
import dev.golive.contracts.runbook.RunbookProjectionChanged;
import dev.golive.contracts.runbook.RunbookReadinessChanged;
import dev.golive.contracts.runbook.RunbookTaskChanged;
import dev.golive.contracts.runbook.RunbookTaskOverdue;
import dev.golive.contracts.notification.NotificationDelivered;
import dev.golive.contracts.notification.NotificationFailed;
import dev.golive.contracts.notification.PageAcknowledged;
import dev.golive.contracts.notification.PageEscalated;
import dev.golive.contracts.notification.PageSent;

import dev.golive.contracts.incident.IncidentDetected;
import dev.golive.contracts.incident.IncidentReported;
import dev.golive.contracts.incident.IncidentResolved;
import dev.golive.contracts.incident.IncidentUpdated;
import dev.golive.contracts.integration.IntegrationRegistered;
import dev.golive.contracts.integration.ChecklistItemChanged;
import dev.golive.contracts.integration.ProbeCompleted;
import dev.golive.contracts.integration.IntegrationReadinessChanged;
import dev.golive.contracts.integration.LiveVerificationScheduled;
import dev.golive.contracts.integration.LiveVerificationCompleted;
import dev.golive.contracts.testing.PlanPublished;
import dev.golive.contracts.testing.AssignmentChanged;
import dev.golive.contracts.testing.ResultRecorded;
import dev.golive.contracts.testing.CoverageChanged;
import dev.golive.contracts.testing.StagingRoundChanged;
import dev.golive.contracts.testing.TrainingListSent;
import dev.golive.contracts.testing.WeekendSignedOff;
import dev.golive.contracts.testing.RosterPublished;
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
import dev.golive.contracts.staging.UpgradeForecastChanged;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every event type Golive exchanges. A type name is {@code golive.<area>.<Name>.v<N>}; a
 * breaking change to a record adds a new record with the next version rather than
 * changing this one.
 */
public final class EventCatalog {

    public static final EventType<CutoverPlanned> CUTOVER_PLANNED =
            cutover("CutoverPlanned", CutoverPlanned.class);
    public static final EventType<CutoverUpdated> CUTOVER_UPDATED =
            cutover("CutoverUpdated", CutoverUpdated.class);
    public static final EventType<GoLiveWindowScheduled> GO_LIVE_WINDOW_SCHEDULED =
            cutover("GoLiveWindowScheduled", GoLiveWindowScheduled.class);
    public static final EventType<GoLiveWindowRescheduled> GO_LIVE_WINDOW_RESCHEDULED =
            cutover("GoLiveWindowRescheduled", GoLiveWindowRescheduled.class);
    public static final EventType<MilestoneReached> MILESTONE_REACHED =
            cutover("MilestoneReached", MilestoneReached.class);
    public static final EventType<CutoverStatusChanged> CUTOVER_STATUS_CHANGED =
            cutover("CutoverStatusChanged", CutoverStatusChanged.class);
    public static final EventType<CutoverCancelled> CUTOVER_CANCELLED =
            cutover("CutoverCancelled", CutoverCancelled.class);
    public static final EventType<CutoverMembersChanged> CUTOVER_MEMBERS_CHANGED =
            cutover("CutoverMembersChanged", CutoverMembersChanged.class);
    public static final EventType<GateChanged> GATE_CHANGED =
            cutover("GateChanged", GateChanged.class);
    public static final EventType<GoNoGoRecommended> GO_NO_GO_RECOMMENDED =
            cutover("GoNoGoRecommended", GoNoGoRecommended.class);
    public static final EventType<GoNoGoDecided> GO_NO_GO_DECIDED =
            cutover("GoNoGoDecided", GoNoGoDecided.class);
    public static final EventType<WeekendFactObserved> WEEKEND_FACT_OBSERVED =
            cutover("WeekendFactObserved", WeekendFactObserved.class);

    public static final EventType<RehearsalRequested> REHEARSAL_REQUESTED =
            staging("RehearsalRequested", RehearsalRequested.class);
    public static final EventType<RehearsalStageChanged> REHEARSAL_STAGE_CHANGED =
            staging("RehearsalStageChanged", RehearsalStageChanged.class);
    public static final EventType<CustomModuleAttemptRecorded> CUSTOM_MODULE_ATTEMPT_RECORDED =
            staging("CustomModuleAttemptRecorded", CustomModuleAttemptRecorded.class);
    public static final EventType<RehearsalCompleted> REHEARSAL_COMPLETED =
            staging("RehearsalCompleted", RehearsalCompleted.class);
    public static final EventType<SummaryItemRaised> SUMMARY_ITEM_RAISED =
            staging("SummaryItemRaised", SummaryItemRaised.class);
    public static final EventType<SummaryItemResolved> SUMMARY_ITEM_RESOLVED =
            staging("SummaryItemResolved", SummaryItemResolved.class);
    public static final EventType<StagingRefreshDue> STAGING_REFRESH_DUE =
            staging("StagingRefreshDue", StagingRefreshDue.class);
    public static final EventType<DeveloperReviewChanged> DEVELOPER_REVIEW_CHANGED =
            staging("DeveloperReviewChanged", DeveloperReviewChanged.class);
    public static final EventType<StagingReadinessChanged> STAGING_READINESS_CHANGED =
            staging("StagingReadinessChanged", StagingReadinessChanged.class);
    public static final EventType<UpgradeForecastExceedsWindow> UPGRADE_FORECAST_EXCEEDS_WINDOW =
            staging("UpgradeForecastExceedsWindow", UpgradeForecastExceedsWindow.class);
    public static final EventType<UpgradeForecastChanged> UPGRADE_FORECAST_CHANGED =
            staging("UpgradeForecastChanged", UpgradeForecastChanged.class);

    public static final EventType<IncidentDetected> INCIDENT_DETECTED =
            incident("IncidentDetected", IncidentDetected.class);
    public static final EventType<IncidentReported> INCIDENT_REPORTED =
            incident("IncidentReported", IncidentReported.class);
    public static final EventType<IncidentUpdated> INCIDENT_UPDATED =
            incident("IncidentUpdated", IncidentUpdated.class);
    public static final EventType<IncidentResolved> INCIDENT_RESOLVED =
            incident("IncidentResolved", IncidentResolved.class);

    public static final EventType<PointOfNoReturnApproaching> POINT_OF_NO_RETURN_APPROACHING =
            rollback("PointOfNoReturnApproaching", PointOfNoReturnApproaching.class);
    public static final EventType<PointOfNoReturnPassed> POINT_OF_NO_RETURN_PASSED =
            rollback("PointOfNoReturnPassed", PointOfNoReturnPassed.class);
    public static final EventType<RollbackAssessmentChanged> ROLLBACK_ASSESSMENT_CHANGED =
            rollback("RollbackAssessmentChanged", RollbackAssessmentChanged.class);
    public static final EventType<RollbackDecided> ROLLBACK_DECIDED =
            rollback("RollbackDecided", RollbackDecided.class);

    public static final EventType<IntegrationRegistered> INTEGRATION_REGISTERED =
            integration("IntegrationRegistered", IntegrationRegistered.class);
    public static final EventType<ChecklistItemChanged> CHECKLIST_ITEM_CHANGED =
            integration("ChecklistItemChanged", ChecklistItemChanged.class);
    public static final EventType<ProbeCompleted> PROBE_COMPLETED =
            integration("ProbeCompleted", ProbeCompleted.class);
    public static final EventType<IntegrationReadinessChanged> INTEGRATION_READINESS_CHANGED =
            integration("IntegrationReadinessChanged", IntegrationReadinessChanged.class);
    public static final EventType<LiveVerificationScheduled> LIVE_VERIFICATION_SCHEDULED =
            integration("LiveVerificationScheduled", LiveVerificationScheduled.class);
    public static final EventType<LiveVerificationCompleted> LIVE_VERIFICATION_COMPLETED =
            integration("LiveVerificationCompleted", LiveVerificationCompleted.class);

    public static final EventType<PlanPublished> PLAN_PUBLISHED =
            testing("PlanPublished", PlanPublished.class);
    public static final EventType<AssignmentChanged> ASSIGNMENT_CHANGED =
            testing("AssignmentChanged", AssignmentChanged.class);
    public static final EventType<ResultRecorded> RESULT_RECORDED =
            testing("ResultRecorded", ResultRecorded.class);
    public static final EventType<CoverageChanged> COVERAGE_CHANGED =
            testing("CoverageChanged", CoverageChanged.class);
    public static final EventType<WeekendSignedOff> WEEKEND_SIGNED_OFF =
            testing("WeekendSignedOff", WeekendSignedOff.class);
    public static final EventType<RosterPublished> ROSTER_PUBLISHED =
            testing("RosterPublished", RosterPublished.class);
    public static final EventType<StagingRoundChanged> STAGING_ROUND_CHANGED =
            testing("StagingRoundChanged", StagingRoundChanged.class);
    public static final EventType<TrainingListSent> TRAINING_LIST_SENT =
            testing("TrainingListSent", TrainingListSent.class);

    public static final EventType<NotificationDelivered> NOTIFICATION_DELIVERED =
            notification("NotificationDelivered", NotificationDelivered.class);
    public static final EventType<NotificationFailed> NOTIFICATION_FAILED =
            notification("NotificationFailed", NotificationFailed.class);
    public static final EventType<PageSent> PAGE_SENT =
            notification("PageSent", PageSent.class);
    public static final EventType<PageAcknowledged> PAGE_ACKNOWLEDGED =
            notification("PageAcknowledged", PageAcknowledged.class);
    public static final EventType<PageEscalated> PAGE_ESCALATED =
            notification("PageEscalated", PageEscalated.class);

    public static final EventType<RunbookInstantiated> RUNBOOK_INSTANTIATED =
            runbook("RunbookInstantiated", RunbookInstantiated.class);
    public static final EventType<RunbookTaskChanged> RUNBOOK_TASK_CHANGED =
            runbook("RunbookTaskChanged", RunbookTaskChanged.class);
    public static final EventType<RunbookTaskOverdue> RUNBOOK_TASK_OVERDUE =
            runbook("RunbookTaskOverdue", RunbookTaskOverdue.class);
    public static final EventType<RunbookProjectionChanged> RUNBOOK_PROJECTION_CHANGED =
            runbook("RunbookProjectionChanged", RunbookProjectionChanged.class);
    public static final EventType<RunbookReadinessChanged> RUNBOOK_READINESS_CHANGED =
            runbook("RunbookReadinessChanged", RunbookReadinessChanged.class);

    private static final List<EventType<?>> ALL = List.of(
            CUTOVER_PLANNED, CUTOVER_UPDATED, GO_LIVE_WINDOW_SCHEDULED, GO_LIVE_WINDOW_RESCHEDULED,
            MILESTONE_REACHED, CUTOVER_STATUS_CHANGED, CUTOVER_CANCELLED, CUTOVER_MEMBERS_CHANGED, GATE_CHANGED, GO_NO_GO_RECOMMENDED, GO_NO_GO_DECIDED,
            WEEKEND_FACT_OBSERVED,
            REHEARSAL_REQUESTED, REHEARSAL_STAGE_CHANGED, CUSTOM_MODULE_ATTEMPT_RECORDED, REHEARSAL_COMPLETED,
            SUMMARY_ITEM_RAISED, SUMMARY_ITEM_RESOLVED, STAGING_REFRESH_DUE, STAGING_READINESS_CHANGED,
            UPGRADE_FORECAST_EXCEEDS_WINDOW, UPGRADE_FORECAST_CHANGED, DEVELOPER_REVIEW_CHANGED, STAGING_ROUND_CHANGED, TRAINING_LIST_SENT,
            INCIDENT_DETECTED, INCIDENT_REPORTED, INCIDENT_UPDATED, INCIDENT_RESOLVED,
            POINT_OF_NO_RETURN_APPROACHING, POINT_OF_NO_RETURN_PASSED, ROLLBACK_ASSESSMENT_CHANGED, ROLLBACK_DECIDED,
            INTEGRATION_REGISTERED, CHECKLIST_ITEM_CHANGED, PROBE_COMPLETED, INTEGRATION_READINESS_CHANGED, LIVE_VERIFICATION_SCHEDULED, LIVE_VERIFICATION_COMPLETED,
            PLAN_PUBLISHED, ASSIGNMENT_CHANGED, RESULT_RECORDED, COVERAGE_CHANGED, WEEKEND_SIGNED_OFF, ROSTER_PUBLISHED,
            NOTIFICATION_DELIVERED, NOTIFICATION_FAILED, PAGE_SENT, PAGE_ACKNOWLEDGED, PAGE_ESCALATED,
            RUNBOOK_INSTANTIATED, RUNBOOK_TASK_CHANGED, RUNBOOK_TASK_OVERDUE, RUNBOOK_PROJECTION_CHANGED,
            RUNBOOK_READINESS_CHANGED);

    private static final Map<String, EventType<?>> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));
    private static final Map<Class<?>, EventType<?>> BY_CLASS =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::recordClass, Function.identity()));

    public static List<EventType<?>> all() {
        return ALL;
    }

    public static Optional<EventType<?>> byName(String typeName) {
        return Optional.ofNullable(BY_NAME.get(typeName));
    }

    public static Optional<EventType<?>> byRecordClass(Class<?> recordClass) {
        return Optional.ofNullable(BY_CLASS.get(recordClass));
    }

    @SuppressWarnings("unchecked")
    public static <T extends GoliveEvent> EventType<T> of(T event) {
        EventType<?> type = BY_CLASS.get(event.getClass());
        if (type == null) {
            throw new IllegalArgumentException(event.getClass().getName() + " is not in the event catalogue");
        }
        return (EventType<T>) type;
    }

    private static <T extends GoliveEvent> EventType<T> cutover(String name, Class<T> recordClass) {
        return new EventType<>("golive.cutover." + name + ".v1", recordClass, Topics.CUTOVER);
    }

    private static <T extends GoliveEvent> EventType<T> staging(String name, Class<T> recordClass) {
        return new EventType<>("golive.staging." + name + ".v1", recordClass, Topics.STAGING);
    }

    private static <T extends GoliveEvent> EventType<T> incident(String name, Class<T> recordClass) {
        return new EventType<>("golive.incident." + name + ".v1", recordClass, Topics.INCIDENT);
    }

    private static <T extends GoliveEvent> EventType<T> rollback(String name, Class<T> recordClass) {
        return new EventType<>("golive.rollback." + name + ".v1", recordClass, Topics.ROLLBACK);
    }

    private static <T extends GoliveEvent> EventType<T> integration(String name, Class<T> recordClass) {
        return new EventType<>("golive.integration." + name + ".v1", recordClass, Topics.INTEGRATION);
    }

    private static <T extends GoliveEvent> EventType<T> testing(String name, Class<T> recordClass) {
        return new EventType<>("golive.testing." + name + ".v1", recordClass, Topics.TESTING);
    }

    private static <T extends GoliveEvent> EventType<T> notification(String name, Class<T> recordClass) {
        return new EventType<>("golive.notification." + name + ".v1", recordClass, Topics.NOTIFICATION);
    }

    private static <T extends GoliveEvent> EventType<T> runbook(String name, Class<T> recordClass) {
        return new EventType<>("golive.runbook." + name + ".v1", recordClass, Topics.RUNBOOK);
    }

    private EventCatalog() {
    }
}
