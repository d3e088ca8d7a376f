package dev.golive.notification.domain;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.EventType;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.Topics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 *   <tr><td>WeekendFactObserved DOWNTIME_STARTED, SYSTEM_BACK, BUSINESS_RESUMED (what the runbook saw, with
 *       when it was planned and how much later or earlier)</td>
 *       <td>DOWNTIME_STARTED, SYSTEM_BACK, BUSINESS_RESUMED</td><td>NOTICE</td></tr>
 *   <tr><td>MilestoneReached TECHNICAL_REVIEW_END</td><td>WEEKEND_TESTING_STARTED</td><td>NOTICE</td></tr>
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
 *   <tr><td>ResultRecorded, critical scenario FAILED</td><td>CRITICAL_TEST_FAILED (on staging: with round STAGING and the rehearsal)</td><td>WARNING</td></tr>
 *   <tr><td>TrainingListSent</td><td>TRAINING_LIST for each recipient (theirs only)</td><td>NOTICE</td></tr>
 *   <tr><td>WeekendSignedOff</td><td>WEEKEND_SIGNED_OFF</td><td>NOTICE</td></tr>
 *   <tr><td>RunbookTaskOverdue</td><td>RUNBOOK_TASK_OVERDUE (and a page, see {@link PageTriggers})</td><td>WARNING</td></tr>
 *   <tr><td>RunbookProjectionChanged whose crossing of the point of no return turns true / false</td>
 *       <td>RUNBOOK_PAST_POINT_OF_NO_RETURN / RUNBOOK_BACK_WITHIN_POINT_OF_NO_RETURN</td><td>CRITICAL / NOTICE</td></tr>
 * </table>
 *
 * <p>Not worth a message: the milestones DOWNTIME_START, SYSTEM_BACK_EXPECTED and BUSINESS_RESUME (the
 * plan's instant coming says nothing of what happened: an upgrade may overrun or fail, and nobody may
 * have decided GO), a runbook projection that does not turn, the runbook's task moves and readiness,
 * a cutover's edited details, gates that pass or are unknown, the steps of
 * a rehearsal and its summary items, staging readiness (its gate says it), one integration's
 * readiness, checklist items, probes, scheduled live checks, a test result that is not a failed
 * critical one, coverage figures, the roster, and the hub's own events. An incident detection
 * becomes an IncidentReported, which is what people hear of (it may page, see {@link PageTriggers}).
 *
 * <p>A notice made by a deadline (a milestone, the point of no return, the staging refresh deadline,
 * a live verification, a reminder, a page's escalation) that fired more than a minute late says how
 * late ({@link Facts#FIRED_LATE}), observed from its firing — never a cause it cannot know.
 *
 * <p>Milestones, observed facts and the point of no return of an older window revision than the
 * cutover's current one say nothing any more; nor do the weekend's milestones and facts of a cutover
 * that is cancelled or whose go/no-go failed.
 */
public final class Notices {

    private Notices() {
    }

    /**
     * The notices of one event. Each family of the catalogue (its topic, one package of the
     * contracts) is read by its own class; the hub's own events make none.
     */
    public static List<Notice> from(String eventId, GoliveEvent event, CutoverContext context) {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(context, "context");
        EventType<?> type = EventCatalog.of(event);
        NoticeMaker m = new NoticeMaker(eventId, type.name(), context);
        return switch (type.topic()) {
            case Topics.CUTOVER -> CutoverNotices.from(m, event, context);
            case Topics.STAGING -> StagingNotices.from(m, event);
            case Topics.INTEGRATION -> IntegrationNotices.from(m, event);
            case Topics.INCIDENT -> IncidentNotices.from(m, event);
            case Topics.ROLLBACK -> RollbackNotices.from(m, event, context);
            case Topics.TESTING -> TestingNotices.from(m, event);
            case Topics.RUNBOOK -> RunbookNotices.from(m, event, context);
            // The hub's own deliveries and pages: nothing more to tell anyone.
            case Topics.NOTIFICATION -> List.of();
            // A family new to the catalogue says nothing until it is read here.
            default -> List.of();
        };
    }

    /**
     * {@code notice} for each of {@code usernames} personally: the members of the role that owns an
     * overdue runbook task, told in their feed.
     */
    public static List<Notice> toEach(Notice notice, java.util.Collection<String> usernames) {
        return RunbookNotices.toEach(notice, usernames);
    }

    /**
     * A reminder that the downtime starts in {@link Reminder#before()}: for everyone subscribed;
     * {@code lateness}, how late its trigger fired, is told when noticeable.
     */
    public static Notice downtimeReminder(Reminder reminder, Duration lateness, CutoverContext context) {
        NoticeMaker m = new NoticeMaker(reminder.sourceId(context.cutoverId()), Reminder.SOURCE_TYPE, context);
        return m.notice(NoticeKind.REMINDER_DOWNTIME, Severity.NOTICE, reminder.at(),
                m.facts().put(DOWNTIME_START, reminder.downtimeStart()).put(REMINDER_BEFORE, reminder.before())
                        .firedLate(lateness),
                Optional.empty());
    }

    /**
     * An update to business stakeholders written by the ops lead during the go-live; it resets the
     * "next update by" clock ({@link NoticeKind#updatesStakeholders()}).
     */
    public static Notice stakeholderUpdate(String updateId, String text, String author, Instant at, Instant nextUpdateBy,
                                           CutoverContext context) {
        NoticeMaker m = new NoticeMaker(updateId, UpdateCadence.UPDATE_SOURCE_TYPE, context);
        return m.notice(NoticeKind.STAKEHOLDER_UPDATE, Severity.NOTICE, at,
                m.facts().put(TEXT, text).put(NEXT_UPDATE_BY, nextUpdateBy).by(author), Optional.empty());
    }

    /** No update reached business stakeholders by {@code due}: a reminder to them (and to the ops lead, who owes it). */
    public static Notice updateOverdue(UpdateCadence.NextUpdate due, Instant now, Duration lateness,
                                       CutoverContext context) {
        NoticeMaker m = new NoticeMaker(due.overdueSourceId(context.cutoverId()), UpdateCadence.OVERDUE_SOURCE_TYPE, context);
        return m.notice(NoticeKind.UPDATE_OVERDUE, Severity.WARNING, now,
                m.facts().put(LAST_UPDATE_AT, due.lastUpdateAt()).put(NEXT_UPDATE_BY, due.dueBy())
                        .firedLate(lateness), Optional.empty());
    }

    /**
     * The page of one step: for the person paged only, on every channel they have; {@code lateness}:
     * how late the escalation that paged them fired (zero for the first step).
     */
    public static Notice page(Page page, PageStep step, Duration lateness, CutoverContext context) {
        String username = step.username().orElseThrow(() -> new IllegalArgumentException("a skipped step pages nobody"));
        NoticeMaker m = new NoticeMaker(page.sourceEventId(), page.sourceEventType(), context);
        return m.notice(NoticeKind.PAGE, Severity.CRITICAL, step.sentAt(),
                m.facts().put(PAGE_ID, page.pageId()).put(PAGE_LEVEL, step.level().name()).put(REASON, page.reason())
                        .put(ACKNOWLEDGE_BY, step.ackDeadline().orElse(null)).firedLate(lateness), Optional.of(username));
    }
}
