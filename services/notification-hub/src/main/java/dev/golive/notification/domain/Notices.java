package dev.golive.notification.domain;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.cutover.CutoverCancelled;
import dev.golive.contracts.cutover.CutoverPlanned;
import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.contracts.cutover.CutoverStatusChanged;
import dev.golive.contracts.cutover.GateChanged;
import dev.golive.contracts.cutover.GoLiveWindowRescheduled;
import dev.golive.contracts.cutover.GoLiveWindowScheduled;
import dev.golive.contracts.cutover.GoNoGoDecided;
import dev.golive.contracts.cutover.GoNoGoRecommended;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.MilestoneReached;
import dev.golive.contracts.cutover.MilestoneTime;
import dev.golive.contracts.incident.IncidentReported;
import dev.golive.contracts.incident.IncidentResolved;
import dev.golive.contracts.incident.IncidentUpdated;
import dev.golive.contracts.integration.IntegrationReadinessChanged;
import dev.golive.contracts.integration.LiveVerificationCompleted;
import dev.golive.contracts.rollback.PointOfNoReturnApproaching;
import dev.golive.contracts.rollback.PointOfNoReturnPassed;
import dev.golive.contracts.rollback.RollbackAssessmentChanged;
import dev.golive.contracts.rollback.RollbackDecided;
import dev.golive.contracts.staging.RehearsalCompleted;
import dev.golive.contracts.staging.StagingRefreshDue;
import dev.golive.contracts.staging.UpgradeForecastExceedsWindow;
import dev.golive.contracts.testing.AssignmentChanged;
import dev.golive.contracts.testing.PlanPublished;
import dev.golive.contracts.testing.ResultRecorded;
import dev.golive.contracts.testing.WeekendSignedOff;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static dev.golive.notification.domain.Facts.*;

/**
 * What each event of the catalogue means to people — the one place that says which events are
 * worth a message, of which kind and severity, with which facts.
 *
 * <table>
 *   <caption>Events and their notices (events not listed make none)</caption>
 *   <tr><th>event</th><th>notice</th><th>severity</th></tr>
 *   <tr><td>CutoverPlanned</td><td>CUTOVER_PLANNED</td><td>INFO</td></tr>
 *   <tr><td>GoLiveWindowScheduled</td><td>WINDOW_SCHEDULED</td><td>NOTICE</td></tr>
 *   <tr><td>GoLiveWindowRescheduled</td><td>WINDOW_MOVED</td><td>WARNING</td></tr>
 *   <tr><td>CutoverCancelled</td><td>CUTOVER_CANCELLED</td><td>WARNING</td></tr>
 *   <tr><td>CutoverStatusChanged to COMPLETED / ROLLED_BACK</td><td>CUTOVER_COMPLETED / CUTOVER_ROLLED_BACK</td><td>NOTICE / WARNING</td></tr>
 *   <tr><td>GateChanged to FAILED</td><td>GATE_FAILED</td><td>WARNING</td></tr>
 *   <tr><td>GoNoGoRecommended, GoNoGoDecided</td><td>GO_NO_GO_RECOMMENDED, GO_NO_GO_DECIDED</td><td>NOTICE for GO, WARNING otherwise</td></tr>
 *   <tr><td>MilestoneReached DOWNTIME_START, SYSTEM_BACK_EXPECTED, TECHNICAL_REVIEW_END, BUSINESS_RESUME</td>
 *       <td>DOWNTIME_STARTED, SYSTEM_BACK, WEEKEND_TESTING_STARTED, BUSINESS_RESUMED</td><td>NOTICE</td></tr>
 *   <tr><td>RehearsalCompleted SUCCEEDED / FAILED</td><td>REHEARSAL_SUCCEEDED / REHEARSAL_FAILED</td><td>INFO / WARNING</td></tr>
 *   <tr><td>StagingRefreshDue</td><td>STAGING_REFRESH_DUE</td><td>WARNING</td></tr>
 *   <tr><td>UpgradeForecastExceedsWindow</td><td>FORECAST_EXCEEDS_WINDOW</td><td>WARNING</td></tr>
 *   <tr><td>IntegrationReadinessChanged, all integrations, not ready</td><td>INTEGRATION_NOT_READY</td><td>WARNING</td></tr>
 *   <tr><td>LiveVerificationCompleted not passed</td><td>LIVE_CHECK_FAILED</td><td>WARNING</td></tr>
 *   <tr><td>IncidentReported, IncidentUpdated</td><td>INCIDENT_OPENED, INCIDENT_UPDATED</td><td>{@link Severity#ofIncident}</td></tr>
 *   <tr><td>IncidentResolved</td><td>INCIDENT_RESOLVED</td><td>NOTICE</td></tr>
 *   <tr><td>RollbackAssessmentChanged</td><td>ROLLBACK_ASSESSMENT</td><td>NOTICE for FIX_FORWARD, CRITICAL otherwise</td></tr>
 *   <tr><td>PointOfNoReturnApproaching / Passed</td><td>POINT_OF_NO_RETURN_APPROACHING / _PASSED</td><td>WARNING / NOTICE</td></tr>
 *   <tr><td>RollbackDecided</td><td>ROLLBACK_DECIDED</td><td>WARNING for ROLL_BACK, NOTICE for PROCEED</td></tr>
 *   <tr><td>PlanPublished</td><td>TEST_PLAN_OVERVIEW, and a TEST_PLAN_PUBLISHED for each tester (theirs only)</td><td>NOTICE (overview WARNING with unassigned scenarios)</td></tr>
 *   <tr><td>AssignmentChanged</td><td>ASSIGNMENT_CHANGED for the tester only</td><td>NOTICE</td></tr>
 *   <tr><td>ResultRecorded, critical scenario FAILED</td><td>CRITICAL_TEST_FAILED</td><td>WARNING</td></tr>
 *   <tr><td>WeekendSignedOff</td><td>WEEKEND_SIGNED_OFF</td><td>NOTICE</td></tr>
 * </table>
 *
 * <p>Not worth a message: a cutover's edited details, gates that pass or are unknown, the steps of
 * a rehearsal and its summary items, staging readiness (its gate says it), one integration's
 * readiness, checklist items, probes, scheduled live checks, a test result that is not a failed
 * critical one, coverage figures, the roster, and the hub's own events. An incident detection
 * becomes an IncidentReported, which is what people hear of (it may page, see {@link PageTriggers}).
 *
 * <p>Milestones and the point of no return of an older window revision than the cutover's current
 * one say nothing any more; nor do the weekend's milestones of a cutover that is cancelled or whose
 * go/no-go failed.
 */
public final class Notices {

    private Notices() {
    }

    public static List<Notice> from(String eventId, GoliveEvent event, CutoverContext context) {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(context, "context");
        Maker m = new Maker(eventId, EventCatalog.of(event).name(), context);

        if (event instanceof CutoverPlanned e) {
            return m.one(NoticeKind.CUTOVER_PLANNED, Severity.INFO, e.plannedAt(),
                    m.facts(e.name(), zoneOr(e.zone(), context.zone())).by(e.plannedBy()));
        }
        if (event instanceof GoLiveWindowScheduled e) {
            return m.one(NoticeKind.WINDOW_SCHEDULED, Severity.NOTICE, e.scheduledAt(),
                    m.facts(context.name(), zoneOr(e.zone(), context.zone())).window(e.milestones())
                            .put(WINDOW_REVISION, e.windowRevision()).by(e.scheduledBy()));
        }
        if (event instanceof GoLiveWindowRescheduled e) {
            if (e.windowRevision() < context.windowRevision()) {
                return List.of();
            }
            return m.one(NoticeKind.WINDOW_MOVED, Severity.WARNING, e.scheduledAt(),
                    m.facts(context.name(), zoneOr(e.zone(), context.zone())).window(e.milestones())
                            .put(PREVIOUS_DOWNTIME_START, instantOf(e.previousMilestones(), Milestone.DOWNTIME_START))
                            .put(WINDOW_REVISION, e.windowRevision()).put(REASON, e.reason()).by(e.scheduledBy()));
        }
        if (event instanceof CutoverCancelled e) {
            return m.one(NoticeKind.CUTOVER_CANCELLED, Severity.WARNING, e.cancelledAt(),
                    m.facts().put(REASON, e.reason()).by(e.cancelledBy()));
        }
        if (event instanceof CutoverStatusChanged e) {
            if (e.to() == CutoverStatus.COMPLETED) {
                return m.one(NoticeKind.CUTOVER_COMPLETED, Severity.NOTICE, e.changedAt(), m.facts().by(e.changedBy()));
            }
            if (e.to() == CutoverStatus.ROLLED_BACK) {
                return m.one(NoticeKind.CUTOVER_ROLLED_BACK, Severity.WARNING, e.changedAt(),
                        m.facts().put(REASON, e.reason()).by(e.changedBy()));
            }
            return List.of();
        }
        if (event instanceof GateChanged e) {
            if (!"FAILED".equalsIgnoreCase(e.state())) {
                return List.of();
            }
            return m.one(NoticeKind.GATE_FAILED, Severity.WARNING, e.since(),
                    m.facts().put(GATE, e.gate()).put(REASONS, strings(e.reasons()))
                            .put(DOWNTIME_START, context.downtimeStart().orElse(null)));
        }
        if (event instanceof GoNoGoRecommended e) {
            return m.one(NoticeKind.GO_NO_GO_RECOMMENDED, goOrWarning(e.recommendation()), e.recommendedAt(),
                    m.facts().put(RECOMMENDATION, e.recommendation()).put(FAILING_GATES, strings(e.failingGates()))
                            .put(DOWNTIME_START, e.downtimeStart() != null ? e.downtimeStart() : context.downtimeStart().orElse(null)));
        }
        if (event instanceof GoNoGoDecided e) {
            return m.one(NoticeKind.GO_NO_GO_DECIDED, goOrWarning(e.decision()), e.decidedAt(),
                    m.facts().put(DECISION, e.decision()).put(REASON, e.reason()).put(FAILING_GATES, strings(e.failingGates()))
                            .put(DOWNTIME_START, context.downtimeStart().orElse(null)).by(e.decidedBy()));
        }
        if (event instanceof MilestoneReached e) {
            return milestone(m, e, context);
        }
        if (event instanceof RehearsalCompleted e) {
            String outcome = upper(e.outcome());
            if (outcome.equals("SUCCEEDED")) {
                return m.one(NoticeKind.REHEARSAL_SUCCEEDED, Severity.INFO, e.completedAt(),
                        m.facts().put(REHEARSAL_ID, e.rehearsalId()).put(FORECAST, e.totalDuration()));
            }
            if (outcome.equals("FAILED")) {
                return m.one(NoticeKind.REHEARSAL_FAILED, Severity.WARNING, e.completedAt(),
                        m.facts().put(REHEARSAL_ID, e.rehearsalId()));
            }
            return List.of();
        }
        if (event instanceof StagingRefreshDue e) {
            return m.one(NoticeKind.STAGING_REFRESH_DUE, Severity.WARNING, e.at(),
                    m.facts().put(REASON, e.reason()).put(DETAIL, e.detail()).put(REFRESH_DEADLINE, e.refreshDeadline()));
        }
        if (event instanceof UpgradeForecastExceedsWindow e) {
            return m.one(NoticeKind.FORECAST_EXCEEDS_WINDOW, Severity.WARNING, e.at(),
                    m.facts().put(REHEARSAL_ID, e.rehearsalId()).put(FORECAST, e.forecast())
                            .put(EXPECTED_DOWNTIME, e.expectedDowntime()).put(SHORTFALL, e.shortfall()));
        }
        if (event instanceof IntegrationReadinessChanged e) {
            if (e.integrationId() != null || e.ready()) {
                return List.of();
            }
            return m.one(NoticeKind.INTEGRATION_NOT_READY, Severity.WARNING, e.changedAt(),
                    m.facts().put(REASONS, strings(e.reasons())));
        }
        if (event instanceof LiveVerificationCompleted e) {
            if (e.passed()) {
                return List.of();
            }
            return m.one(NoticeKind.LIVE_CHECK_FAILED, Severity.WARNING, e.completedAt(),
                    m.facts().put(INTEGRATION_ID, e.integrationId()).put(FAILURES, strings(e.failures())));
        }
        if (event instanceof IncidentReported e) {
            return m.one(NoticeKind.INCIDENT_OPENED, Severity.ofIncident(e.severity()), e.reportedAt(),
                    m.facts().incident(e.incidentId(), e.title(), e.severity(), e.businessFlow(), e.systemUsable(),
                            e.dataIntegrityAtRisk(), e.workaroundExists(), e.status()).put(ESTIMATED_TIME_TO_FIX,
                            e.estimatedTimeToFix()).by(e.reportedBy()));
        }
        if (event instanceof IncidentUpdated e) {
            return m.one(NoticeKind.INCIDENT_UPDATED, Severity.ofIncident(e.severity()), e.updatedAt(),
                    m.facts().incident(e.incidentId(), e.title(), e.severity(), e.businessFlow(), e.systemUsable(),
                                    e.dataIntegrityAtRisk(), e.workaroundExists(), e.status())
                            .put(ESTIMATED_TIME_TO_FIX, e.estimatedTimeToFix())
                            .put(CHANGED_FIELDS, strings(e.changedFields())).by(e.updatedBy()));
        }
        if (event instanceof IncidentResolved e) {
            return m.one(NoticeKind.INCIDENT_RESOLVED, Severity.NOTICE, e.resolvedAt(),
                    m.facts().put(INCIDENT_ID, e.incidentId()).put(RESOLUTION, e.resolution()).by(e.resolvedBy()));
        }
        if (event instanceof RollbackAssessmentChanged e) {
            Severity severity = "FIX_FORWARD".equals(upper(e.recommendation())) ? Severity.NOTICE : Severity.CRITICAL;
            return m.one(NoticeKind.ROLLBACK_ASSESSMENT, severity, e.assessedAt(),
                    m.facts().put(RECOMMENDATION, e.recommendation()).put(REASONS, strings(e.reasons()))
                            .put(OPEN_INCIDENTS, e.openIncidentIds() == null ? 0 : e.openIncidentIds().size())
                            .put(POINT_OF_NO_RETURN, e.pointOfNoReturn()).put(TIME_LEFT, e.timeToPointOfNoReturn())
                            .put(ROLLBACK_WOULD_LOSE, e.rollbackWouldLose()));
        }
        if (event instanceof PointOfNoReturnApproaching e) {
            if (e.windowRevision() < context.windowRevision()) {
                return List.of();
            }
            return m.one(NoticeKind.POINT_OF_NO_RETURN_APPROACHING, Severity.WARNING, e.at(),
                    m.facts().put(POINT_OF_NO_RETURN, e.pointOfNoReturn()).put(TIME_LEFT, e.timeLeft()));
        }
        if (event instanceof PointOfNoReturnPassed e) {
            if (e.windowRevision() < context.windowRevision()) {
                return List.of();
            }
            return m.one(NoticeKind.POINT_OF_NO_RETURN_PASSED, Severity.NOTICE, e.at(),
                    m.facts().put(POINT_OF_NO_RETURN, e.pointOfNoReturn()));
        }
        if (event instanceof RollbackDecided e) {
            Severity severity = "ROLL_BACK".equals(upper(e.decision())) ? Severity.WARNING : Severity.NOTICE;
            return m.one(NoticeKind.ROLLBACK_DECIDED, severity, e.decidedAt(),
                    m.facts().put(DECISION, e.decision()).put(RATIONALE, e.rationale())
                            .put(AFTER_POINT_OF_NO_RETURN, e.afterPointOfNoReturn()).by(e.decidedBy()));
        }
        if (event instanceof PlanPublished e) {
            return plan(m, e);
        }
        if (event instanceof AssignmentChanged e) {
            if (e.testerUsername() == null || e.testerUsername().isBlank()) {
                return List.of();
            }
            return List.of(m.notice(NoticeKind.ASSIGNMENT_CHANGED, Severity.NOTICE, e.changedAt(),
                    m.facts().put(SCENARIO, e.scenarioId()).put(START, e.start()).put(END, e.end())
                            .put(REASON, e.reason()).by(e.changedBy()), Optional.of(e.testerUsername())));
        }
        if (event instanceof ResultRecorded e) {
            if (!e.critical() || !"FAILED".equals(upper(e.outcome()))) {
                return List.of();
            }
            return m.one(NoticeKind.CRITICAL_TEST_FAILED, Severity.WARNING, e.recordedAt(),
                    m.facts().put(SCENARIO, e.scenarioTitle()).put(AREA, e.area()).put(NOTES, e.notes()).by(e.recordedBy()));
        }
        if (event instanceof WeekendSignedOff e) {
            return m.one(NoticeKind.WEEKEND_SIGNED_OFF, Severity.NOTICE, e.signedOffAt(),
                    m.facts().put(CRITICAL_SCENARIOS, e.criticalScenarios()).put(SCENARIOS, e.scenarios())
                            .put(PASSED, e.passed()));
        }
        return List.of();
    }

    /** A reminder that the downtime starts in {@link Reminder#before()}: for everyone subscribed. */
    public static Notice downtimeReminder(Reminder reminder, CutoverContext context) {
        Maker m = new Maker(reminder.sourceId(context.cutoverId()), Reminder.SOURCE_TYPE, context);
        return m.notice(NoticeKind.REMINDER_DOWNTIME, Severity.NOTICE, reminder.at(),
                m.facts().put(DOWNTIME_START, reminder.downtimeStart()).put(REMINDER_BEFORE, reminder.before()),
                Optional.empty());
    }

    /**
     * An update to business stakeholders written by the ops lead during the go-live; it resets the
     * "next update by" clock ({@link NoticeKind#updatesStakeholders()}).
     */
    public static Notice stakeholderUpdate(String updateId, String text, String author, Instant at, Instant nextUpdateBy,
                                           CutoverContext context) {
        Maker m = new Maker(updateId, UpdateCadence.UPDATE_SOURCE_TYPE, context);
        return m.notice(NoticeKind.STAKEHOLDER_UPDATE, Severity.NOTICE, at,
                m.facts().put(TEXT, text).put(NEXT_UPDATE_BY, nextUpdateBy).by(author), Optional.empty());
    }

    /** No update reached business stakeholders by {@code due}: a reminder to them (and to the ops lead, who owes it). */
    public static Notice updateOverdue(UpdateCadence.NextUpdate due, Instant now, CutoverContext context) {
        Maker m = new Maker(due.overdueSourceId(context.cutoverId()), UpdateCadence.OVERDUE_SOURCE_TYPE, context);
        return m.notice(NoticeKind.UPDATE_OVERDUE, Severity.WARNING, now,
                m.facts().put(LAST_UPDATE_AT, due.lastUpdateAt()).put(NEXT_UPDATE_BY, due.dueBy()), Optional.empty());
    }

    /** The page of one step: for the person paged only, on every channel they have. */
    public static Notice page(Page page, PageStep step, CutoverContext context) {
        String username = step.username().orElseThrow(() -> new IllegalArgumentException("a skipped step pages nobody"));
        Maker m = new Maker(page.sourceEventId(), page.sourceEventType(), context);
        return m.notice(NoticeKind.PAGE, Severity.CRITICAL, step.sentAt(),
                m.facts().put(PAGE_ID, page.pageId()).put(PAGE_LEVEL, step.level().name()).put(REASON, page.reason())
                        .put(ACKNOWLEDGE_BY, step.ackDeadline().orElse(null)), Optional.of(username));
    }

    private static List<Notice> milestone(Maker m, MilestoneReached e, CutoverContext context) {
        if (e.milestone() == null || e.windowRevision() < context.windowRevision()) {
            return List.of();
        }
        NoticeKind kind = switch (e.milestone()) {
            case DOWNTIME_START -> NoticeKind.DOWNTIME_STARTED;
            case SYSTEM_BACK_EXPECTED -> NoticeKind.SYSTEM_BACK;
            case TECHNICAL_REVIEW_END -> NoticeKind.WEEKEND_TESTING_STARTED;
            case BUSINESS_RESUME -> NoticeKind.BUSINESS_RESUMED;
            default -> null;
        };
        boolean weekendCalledOff = context.status()
                .map(s -> s == CutoverStatus.CANCELLED || s == CutoverStatus.GO_NO_GO_FAILED).orElse(false);
        if (kind == null || weekendCalledOff) {
            return List.of();
        }
        FactSheet f = m.facts().put(LATE, e.late())
                .put(SYSTEM_BACK_EXPECTED, context.milestone(Milestone.SYSTEM_BACK_EXPECTED).orElse(null))
                .put(BUSINESS_RESUME, context.milestone(Milestone.BUSINESS_RESUME).orElse(null));
        if (kind == NoticeKind.DOWNTIME_STARTED) {
            f.put(DOWNTIME_START, e.scheduledAt());
        }
        return m.one(kind, Severity.NOTICE, e.reachedAt(), f);
    }

    private static List<Notice> plan(Maker m, PlanPublished e) {
        List<PlanPublished.Assignment> assignments = e.assignments() == null ? List.of() : e.assignments();
        int unassigned = e.unassigned() == null ? 0 : e.unassigned().size();
        List<Notice> out = new ArrayList<>();
        out.add(m.notice(NoticeKind.TEST_PLAN_OVERVIEW, unassigned == 0 ? Severity.NOTICE : Severity.WARNING,
                e.publishedAt(), m.facts().put(ASSIGNMENTS, assignments.size()).put(UNASSIGNED, unassigned)
                        .put(REASONS, e.unassigned() == null ? List.of() : e.unassigned().stream()
                                .map(u -> u.scenarioTitle() + ": " + u.reason()).toList())
                        .by(e.publishedBy()), Optional.empty()));
        Map<String, List<PlanPublished.Assignment>> byTester = new LinkedHashMap<>();
        assignments.stream()
                .filter(a -> a.testerUsername() != null && !a.testerUsername().isBlank())
                .sorted(Comparator.comparing(PlanPublished.Assignment::start, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(a -> byTester.computeIfAbsent(a.testerUsername().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(a));
        byTester.forEach((tester, theirs) -> out.add(m.notice(NoticeKind.TEST_PLAN_PUBLISHED, Severity.NOTICE, e.publishedAt(),
                m.facts().put(ASSIGNMENTS, theirs.size())
                        .put(START, theirs.get(0).start())
                        .put(END, theirs.stream().map(PlanPublished.Assignment::end).filter(Objects::nonNull)
                                .max(Comparator.naturalOrder()).orElse(null))
                        .put(SCENARIO_TITLES, theirs.stream().map(a -> a.scenarioTitle() + (a.critical() ? " (critical)" : ""))
                                .toList())
                        .by(e.publishedBy()), Optional.of(tester))));
        return List.copyOf(out);
    }

    private static Severity goOrWarning(String verdict) {
        return "GO".equals(upper(verdict)) ? Severity.NOTICE : Severity.WARNING;
    }

    private static Instant instantOf(List<MilestoneTime> milestones, Milestone milestone) {
        if (milestones == null) {
            return null;
        }
        return milestones.stream().filter(t -> t.milestone() == milestone).map(MilestoneTime::instant).findFirst().orElse(null);
    }

    private static String zoneOr(String zone, ZoneId fallback) {
        return zone == null || zone.isBlank() ? fallback.getId() : zone;
    }

    private static List<String> strings(List<String> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }

    private static String upper(String s) {
        return s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
    }

    /** Makes the notices of one source. */
    private record Maker(String sourceId, String sourceType, CutoverContext context) {

        FactSheet facts() {
            return facts(context.name(), context.zone().getId());
        }

        FactSheet facts(String name, String zone) {
            FactSheet f = new FactSheet();
            return f.put(CUTOVER_NAME, name == null ? context.name() : name).put(CUTOVER_ZONE, zone);
        }

        List<Notice> one(NoticeKind kind, Severity severity, Instant at, FactSheet facts) {
            return List.of(notice(kind, severity, at, facts, Optional.empty()));
        }

        Notice notice(NoticeKind kind, Severity severity, Instant at, FactSheet facts, Optional<String> onlyFor) {
            facts.put(AT, at);
            return new Notice(kind, severity, context.cutoverId(), sourceId, sourceType, facts.values, onlyFor);
        }
    }

    /** Facts being gathered, in order; null values are left out. */
    private static final class FactSheet {
        private final Map<String, Object> values = new LinkedHashMap<>();

        FactSheet put(String name, Object value) {
            if (value != null) {
                values.put(name, value);
            }
            return this;
        }

        FactSheet by(String who) {
            return put(BY, who);
        }

        FactSheet window(List<MilestoneTime> milestones) {
            return put(DOWNTIME_START, instantOf(milestones, Milestone.DOWNTIME_START))
                    .put(GO_NO_GO, instantOf(milestones, Milestone.GO_NO_GO))
                    .put(SYSTEM_BACK_EXPECTED, instantOf(milestones, Milestone.SYSTEM_BACK_EXPECTED))
                    .put(POINT_OF_NO_RETURN, instantOf(milestones, Milestone.POINT_OF_NO_RETURN))
                    .put(BUSINESS_RESUME, instantOf(milestones, Milestone.BUSINESS_RESUME));
        }

        FactSheet incident(String id, String title, String severity, String flow, boolean usable, boolean dataAtRisk,
                        boolean workaround, String status) {
            return put(INCIDENT_ID, id).put(TITLE, title).put(INCIDENT_SEVERITY, severity).put(BUSINESS_FLOW, flow)
                    .put(SYSTEM_USABLE, usable).put(DATA_INTEGRITY_AT_RISK, dataAtRisk).put(WORKAROUND_EXISTS, workaround)
                    .put(STATUS, status);
        }
    }
}
