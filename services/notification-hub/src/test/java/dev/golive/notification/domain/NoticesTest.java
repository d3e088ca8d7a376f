package dev.golive.notification.domain;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.EventType;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.cutover.CutoverCancelled;
import dev.golive.contracts.cutover.CutoverPlanned;
import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.contracts.cutover.CutoverStatusChanged;
import dev.golive.contracts.cutover.CutoverUpdated;
import dev.golive.contracts.cutover.GateChanged;
import dev.golive.contracts.cutover.GoLivePolicy;
import dev.golive.contracts.cutover.GoLiveWindowRescheduled;
import dev.golive.contracts.cutover.GoLiveWindowScheduled;
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
import dev.golive.contracts.runbook.RunbookTaskOverdue;
import dev.golive.contracts.runbook.RunbookTaskStatus;
import dev.golive.contracts.runbook.TaskOwner;
import dev.golive.contracts.incident.IncidentDetected;
import dev.golive.contracts.incident.IncidentReported;
import dev.golive.contracts.incident.IncidentResolved;
import dev.golive.contracts.incident.IncidentUpdated;
import dev.golive.contracts.integration.IntegrationReadinessChanged;
import dev.golive.contracts.integration.LiveVerificationCompleted;
import dev.golive.contracts.integration.ProbeCompleted;
import dev.golive.contracts.notification.NotificationDelivered;
import dev.golive.contracts.notification.PageSent;
import dev.golive.contracts.rollback.PointOfNoReturnApproaching;
import dev.golive.contracts.rollback.PointOfNoReturnPassed;
import dev.golive.contracts.rollback.RollbackAssessmentChanged;
import dev.golive.contracts.rollback.RollbackDecided;
import dev.golive.contracts.staging.RehearsalCompleted;
import dev.golive.contracts.staging.StagingReadinessChanged;
import dev.golive.contracts.staging.StagingRefreshDue;
import dev.golive.contracts.staging.UpgradeForecastExceedsWindow;
import dev.golive.contracts.testing.AssignmentChanged;
import dev.golive.contracts.testing.CoverageChanged;
import dev.golive.contracts.testing.PlanPublished;
import dev.golive.contracts.testing.ResultRecorded;
import dev.golive.contracts.testing.RosterPublished;
import dev.golive.contracts.testing.TrainingListSent;
import dev.golive.contracts.testing.WeekendSignedOff;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static dev.golive.notification.domain.NoticeKind.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NoticesTest {

    static final String C = "c-1";
    static final Instant T = Instant.parse("2026-11-20T09:00:00Z");
    static final Instant DOWNTIME = Instant.parse("2026-12-04T17:00:00Z");
    static final Instant SYSTEM_BACK_AT = DOWNTIME.plus(Duration.ofHours(4));
    static final Instant PNR = Instant.parse("2026-12-06T20:00:00Z");
    static final Instant RESUME = Instant.parse("2026-12-07T08:00:00Z");

    static final CutoverContext SCHEDULED = context(CutoverStatus.SCHEDULED, 2);

    static CutoverContext context(CutoverStatus status, int revision) {
        Map<Milestone, Instant> milestones = new EnumMap<>(Milestone.class);
        milestones.put(Milestone.DOWNTIME_START, DOWNTIME);
        milestones.put(Milestone.SYSTEM_BACK_EXPECTED, SYSTEM_BACK_AT);
        milestones.put(Milestone.BUSINESS_RESUME, RESUME);
        return new CutoverContext(C, "Acme ERP 16 → 19", People.LONDON, Optional.of(status), revision, milestones);
    }

    static MilestoneTime at(Milestone m, Instant instant) {
        return new MilestoneTime(m, LocalDateTime.ofInstant(instant, People.LONDON), "Europe/London", ZoneOffset.UTC, instant,
                TimeRule.EXACT);
    }

    static MilestoneReached reached(Milestone m, int revision) {
        return new MilestoneReached(C, revision, m, DOWNTIME, DOWNTIME.plusSeconds(2), false, 2000, at(m, DOWNTIME));
    }

    /** The runbook observed {@code fact} at {@code observed}; the plan had it at {@code planned}. */
    static WeekendFactObserved observed(WeekendFact fact, int revision, Instant observed, Instant planned) {
        return new WeekendFactObserved(C, revision, fact, observed, planned, "task-1", "Upgrade production", "olivia",
                observed.plusSeconds(1));
    }

    static RunbookTaskOverdue overdue(TaskOwner owner) {
        return new RunbookTaskOverdue(C, "rb-1", "task-7", "Upgrade production", owner, RunbookTaskStatus.RUNNING,
                SYSTEM_BACK_AT, Duration.ofMinutes(15), SYSTEM_BACK_AT.plus(Duration.ofMinutes(40)), 0L);
    }

    static RunbookProjectionChanged projection(Instant systemBack, boolean crosses) {
        return new RunbookProjectionChanged(C, "rb-1", systemBack.plus(Duration.ofHours(2)), systemBack, RESUME, PNR,
                Duration.between(systemBack.plus(Duration.ofHours(2)), RESUME), crosses, List.of("Upgrade production"), 1,
                T);
    }

    static IncidentReported reported(String severity, String status) {
        return new IncidentReported(C, "i-1", "Invoices cannot be posted", "details", "INVOICING_AND_ACCOUNTING", severity,
                true, false, false, Duration.ofHours(2), status, "rest", null, "oscar", T);
    }

    static IncidentUpdated updated(String severity, String status) {
        return new IncidentUpdated(C, "i-1", List.of("severity"), "Invoices cannot be posted", "details",
                "INVOICING_AND_ACCOUNTING", severity, true, false, false, null, status, "oscar", T);
    }

    static RollbackAssessmentChanged assessment(String recommendation) {
        return new RollbackAssessmentChanged(C, "a-1", recommendation, List.of("CRITICAL_OPEN_NEAR_PNR"), List.of("i-1"),
                Duration.ofHours(3), PNR, Duration.ofHours(20), T);
    }

    static Stream<Arguments> events_and_what_they_mean() {
        return Stream.of(
                Arguments.of(new CutoverPlanned(C, "Acme ERP", "Acme", "Odoo", 16, 19, List.of(17, 18, 19), "Europe/London",
                        "ops", GoLivePolicy.defaults(), List.of(), "olivia", T), CUTOVER_PLANNED, Severity.INFO),
                Arguments.of(new GoLiveWindowScheduled(C, 1, "Europe/London", List.of(at(Milestone.DOWNTIME_START, DOWNTIME)),
                        "olivia", T), WINDOW_SCHEDULED, Severity.NOTICE),
                Arguments.of(new GoLiveWindowRescheduled(C, 3, "Europe/London", List.of(), List.of(), "rehearsal failed",
                        "olivia", T), WINDOW_MOVED, Severity.WARNING),
                Arguments.of(new CutoverCancelled(C, CutoverStatus.SCHEDULED, "budget", "olivia", T), CUTOVER_CANCELLED,
                        Severity.WARNING),
                Arguments.of(new CutoverStatusChanged(C, CutoverStatus.WEEKEND_TESTING, CutoverStatus.COMPLETED, null, "olivia", T),
                        CUTOVER_COMPLETED, Severity.NOTICE),
                Arguments.of(new CutoverStatusChanged(C, CutoverStatus.IN_PROGRESS, CutoverStatus.ROLLED_BACK, "data loss",
                        "olivia", T), CUTOVER_ROLLED_BACK, Severity.WARNING),
                Arguments.of(new GateChanged(C, "INTEGRATIONS_READY", "FAILED", List.of("bank feed not verified"), T),
                        GATE_FAILED, Severity.WARNING),
                Arguments.of(new GoNoGoRecommended(C, "GO", List.of(), DOWNTIME, T), GO_NO_GO_RECOMMENDED, Severity.NOTICE),
                Arguments.of(new GoNoGoRecommended(C, "NO_GO", List.of("STAGING_REHEARSAL"), DOWNTIME, T), GO_NO_GO_RECOMMENDED,
                        Severity.WARNING),
                Arguments.of(new GoNoGoDecided(C, "GO", "olivia", "all green", List.of(), T), GO_NO_GO_DECIDED, Severity.NOTICE),
                Arguments.of(new GoNoGoDecided(C, "NO_GO", "olivia", "rehearsal failed", List.of("STAGING_REHEARSAL"), T),
                        GO_NO_GO_DECIDED, Severity.WARNING),
                // What the weekend did, as the runbook observed it (the milestones that plan it tell nothing).
                Arguments.of(observed(WeekendFact.DOWNTIME_STARTED, 2, DOWNTIME, DOWNTIME), DOWNTIME_STARTED, Severity.NOTICE),
                Arguments.of(observed(WeekendFact.SYSTEM_BACK, 2, SYSTEM_BACK_AT.plus(Duration.ofMinutes(80)), SYSTEM_BACK_AT),
                        SYSTEM_BACK, Severity.NOTICE),
                Arguments.of(reached(Milestone.TECHNICAL_REVIEW_END, 2), WEEKEND_TESTING_STARTED, Severity.NOTICE),
                Arguments.of(observed(WeekendFact.BUSINESS_RESUMED, 2, RESUME, RESUME), BUSINESS_RESUMED, Severity.NOTICE),
                Arguments.of(overdue(new TaskOwner(TaskOwner.Kind.PERSON, "oscar")), RUNBOOK_TASK_OVERDUE, Severity.WARNING),
                Arguments.of(projection(PNR.plus(Duration.ofMinutes(30)), true), RUNBOOK_PAST_POINT_OF_NO_RETURN,
                        Severity.CRITICAL),
                Arguments.of(new RehearsalCompleted(C, "r-1", "SUCCEEDED", Duration.ofHours(2), 1, Duration.ofHours(1),
                        Duration.ofHours(3), T), REHEARSAL_SUCCEEDED, Severity.INFO),
                Arguments.of(new RehearsalCompleted(C, "r-1", "FAILED", null, 3, null, null, T), REHEARSAL_FAILED, Severity.WARNING),
                Arguments.of(new StagingRefreshDue(C, "TOO_OLD", "last rehearsal 20 days old", DOWNTIME.minus(Duration.ofDays(3)),
                        "r-1", T, 0L), STAGING_REFRESH_DUE, Severity.WARNING),
                Arguments.of(new UpgradeForecastExceedsWindow(C, "r-1", Duration.ofHours(6), Duration.ofHours(4),
                        Duration.ofHours(2), T), FORECAST_EXCEEDS_WINDOW, Severity.WARNING),
                Arguments.of(new IntegrationReadinessChanged(C, null, false, List.of("bank feed: checklist open"), T),
                        INTEGRATION_NOT_READY, Severity.WARNING),
                Arguments.of(new LiveVerificationCompleted(C, "int-1", false, List.of("HTTP 500"), T, 0L), LIVE_CHECK_FAILED,
                        Severity.WARNING),
                Arguments.of(reported("CRITICAL", "OPEN"), INCIDENT_OPENED, Severity.CRITICAL),
                Arguments.of(reported("LOW", "OPEN"), INCIDENT_OPENED, Severity.INFO),
                Arguments.of(updated("HIGH", "OPEN"), INCIDENT_UPDATED, Severity.WARNING),
                Arguments.of(new IncidentResolved(C, "i-1", "patched", "oscar", T), INCIDENT_RESOLVED, Severity.NOTICE),
                Arguments.of(assessment("FIX_FORWARD"), ROLLBACK_ASSESSMENT, Severity.NOTICE),
                Arguments.of(assessment("DECIDE_NOW"), ROLLBACK_ASSESSMENT, Severity.CRITICAL),
                Arguments.of(assessment("ROLL_BACK"), ROLLBACK_ASSESSMENT, Severity.CRITICAL),
                Arguments.of(new PointOfNoReturnApproaching(C, PNR, Duration.ofHours(4), 2, T, 0L), POINT_OF_NO_RETURN_APPROACHING,
                        Severity.WARNING),
                Arguments.of(new PointOfNoReturnPassed(C, PNR, 2, PNR, null), POINT_OF_NO_RETURN_PASSED, Severity.NOTICE),
                Arguments.of(new RollbackDecided(C, "d-1", "ROLL_BACK", "data integrity at risk", "a-1", false, "olivia", T),
                        ROLLBACK_DECIDED, Severity.WARNING),
                Arguments.of(new RollbackDecided(C, "d-1", "PROCEED", "fix forward is safe", "a-1", false, "olivia", T),
                        ROLLBACK_DECIDED, Severity.NOTICE),
                Arguments.of(new AssignmentChanged(C, "as-1", "sc-1", "t-1", "tess", DOWNTIME, SYSTEM_BACK_AT, "re-plan", "olivia", T),
                        ASSIGNMENT_CHANGED, Severity.NOTICE),
                Arguments.of(new ResultRecorded(C, "as-1", "sc-1", "Post a customer invoice", "INVOICING", true, "FAILED",
                        "error 500", "tess", T, null, null), CRITICAL_TEST_FAILED, Severity.WARNING),
                Arguments.of(new WeekendSignedOff(C, 12, 40, 40, T), WEEKEND_SIGNED_OFF, Severity.NOTICE));
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @MethodSource
    void events_and_what_they_mean(GoliveEvent event, NoticeKind kind, Severity severity) {
        List<Notice> notices = Notices.from("e-1", event, SCHEDULED_OR_LIVE(event));

        assertThat(notices).hasSize(1);
        Notice n = notices.get(0);
        assertThat(n.kind()).isEqualTo(kind);
        assertThat(n.severity()).isEqualTo(severity);
        assertThat(n.cutoverId()).isEqualTo(C);
        assertThat(n.sourceEventId()).isEqualTo("e-1");
        assertThat(n.sourceEventType()).isEqualTo(EventCatalog.of(event).name());
        assertThat(n.facts()).containsKeys(Facts.CUTOVER_NAME, Facts.CUTOVER_ZONE, Facts.AT);
    }

    /** The weekend's milestones and facts speak only of a weekend that goes ahead. */
    private static CutoverContext SCHEDULED_OR_LIVE(GoliveEvent event) {
        return event instanceof MilestoneReached || event instanceof WeekendFactObserved
                ? context(CutoverStatus.IN_PROGRESS, 2) : SCHEDULED;
    }

    static Stream<GoliveEvent> events_worth_no_message() {
        return Stream.of(
                new CutoverUpdated(C, List.of("name"), "n", "c", "Odoo", 16, 19, List.of(), "Europe/London", "ops", null, List.of(),
                        "olivia", T),
                new CutoverStatusChanged(C, CutoverStatus.SCHEDULED, CutoverStatus.GO_NO_GO_PASSED, null, "olivia", T),
                new GateChanged(C, "STAGING_REHEARSAL", "PASSED", List.of(), T),
                new GateChanged(C, "STAGING_REHEARSAL", "UNKNOWN", List.of(), T),
                reached(Milestone.GO_NO_GO, 2),
                reached(Milestone.POINT_OF_NO_RETURN, 2),
                // The plan's instants say nothing of what happened: the runbook's observations do.
                reached(Milestone.DOWNTIME_START, 2),
                reached(Milestone.SYSTEM_BACK_EXPECTED, 2),
                reached(Milestone.BUSINESS_RESUME, 2),
                // A projection that does not cross (nor turn back), and the runbook's other events.
                projection(PNR.minus(Duration.ofHours(1)), false),
                new RunbookInstantiated(C, "rb-1", "Odoo.sh go-live", 12, "olivia", T),
                new RehearsalCompleted(C, "r-1", "ABANDONED", null, 0, null, null, T),
                new StagingReadinessChanged(C, false, List.of("STALE"), "r-1", T),
                new IntegrationReadinessChanged(C, "int-1", false, List.of("checklist open"), T),
                new IntegrationReadinessChanged(C, null, true, List.of(), T),
                new ProbeCompleted(C, "int-1", "pr-1", "https://bank.example.com", "PASSED", 200, 80L, null, List.of(), true, T, 0L),
                new LiveVerificationCompleted(C, "int-1", true, List.of(), T, 0L),
                new ResultRecorded(C, "as-1", "sc-1", "Post an invoice", "INVOICING", false, "FAILED", "", "tess", T, null, null),
                new ResultRecorded(C, "as-1", "sc-1", "Post an invoice", "INVOICING", true, "PASSED", "", "tess", T, null, null),
                new CoverageChanged(C, List.of(), T),
                new RosterPublished(C, List.of(), List.of(), List.of(), "olivia", T),
                new IncidentDetected(C, "weekend-testing", "as-1", "Invoice failed", "", "INVOICING", "CRITICAL", false, false,
                        false, null, T),
                new AssignmentChanged(C, "as-1", "sc-1", null, null, DOWNTIME, SYSTEM_BACK_AT, "unassigned", "olivia", T),
                new NotificationDelivered(C, "d-1", "s-1", "EMAIL", "e-1", "t", "subject", 1, T),
                new PageSent(C, "p-1", "PRIMARY", "s-1", "oscar", "r", "e-1", "t", T, T));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void events_worth_no_message(GoliveEvent event) {
        assertThat(Notices.from("e-1", event, SCHEDULED)).isEmpty();
    }

    @Test
    void the_start_of_the_downtime_is_announced_with_the_times_that_follow() {
        Instant started = DOWNTIME.plus(Duration.ofMinutes(25));
        Notice n = Notices.from("e-1", observed(WeekendFact.DOWNTIME_STARTED, 2, started, DOWNTIME),
                context(CutoverStatus.GO_NO_GO_PASSED, 2)).get(0);

        assertThat(n.kind()).isEqualTo(DOWNTIME_STARTED);
        assertThat(n.facts()).containsEntry(Facts.DOWNTIME_START, DOWNTIME).containsEntry(Facts.SYSTEM_BACK_EXPECTED, SYSTEM_BACK_AT)
                .containsEntry(Facts.BUSINESS_RESUME, RESUME)
                .containsEntry(Facts.CUTOVER_NAME, "Acme ERP 16 → 19").containsEntry(Facts.CUTOVER_ZONE, "Europe/London")
                .containsEntry(Facts.AT, started).containsEntry(Facts.OBSERVED_AT, started).containsEntry(Facts.PLANNED_AT, DOWNTIME)
                .containsEntry(Facts.LATER_THAN_PLANNED, Duration.ofMinutes(25));
    }

    @Test
    void the_system_back_is_told_when_observed_with_how_much_later_or_earlier_than_planned() {
        CutoverContext live = context(CutoverStatus.IN_PROGRESS, 2);
        Instant late = SYSTEM_BACK_AT.plus(Duration.ofMinutes(80));

        Notice back = Notices.from("e-1", observed(WeekendFact.SYSTEM_BACK, 2, late, SYSTEM_BACK_AT), live).get(0);
        assertThat(back.kind()).isEqualTo(SYSTEM_BACK);
        assertThat(back.facts()).containsEntry(Facts.AT, late).containsEntry(Facts.OBSERVED_AT, late)
                .containsEntry(Facts.PLANNED_AT, SYSTEM_BACK_AT).containsEntry(Facts.SYSTEM_BACK_EXPECTED, SYSTEM_BACK_AT)
                .containsEntry(Facts.LATER_THAN_PLANNED, Duration.ofMinutes(80)).containsEntry(Facts.TITLE, "Upgrade production")
                .doesNotContainKeys(Facts.EARLIER_THAN_PLANNED, Facts.AS_PLANNED, Facts.FIRED_LATE);

        Notice early = Notices.from("e-2", observed(WeekendFact.SYSTEM_BACK, 2, SYSTEM_BACK_AT.minus(Duration.ofMinutes(20)),
                SYSTEM_BACK_AT), live).get(0);
        assertThat(early.facts()).containsEntry(Facts.EARLIER_THAN_PLANNED, Duration.ofMinutes(20))
                .doesNotContainKeys(Facts.LATER_THAN_PLANNED, Facts.AS_PLANNED);

        Notice onTime = Notices.from("e-3", observed(WeekendFact.SYSTEM_BACK, 2, SYSTEM_BACK_AT.plusSeconds(40),
                SYSTEM_BACK_AT), live).get(0);
        assertThat(onTime.facts()).containsEntry(Facts.AS_PLANNED, true)
                .doesNotContainKeys(Facts.LATER_THAN_PLANNED, Facts.EARLIER_THAN_PLANNED);

        Notice noWindow = Notices.from("e-4", observed(WeekendFact.SYSTEM_BACK, 0, late, null),
                new CutoverContext(C, "Acme", People.LONDON, Optional.of(CutoverStatus.IN_PROGRESS), 0, Map.of())).get(0);
        assertThat(noWindow.facts()).containsEntry(Facts.OBSERVED_AT, late)
                .doesNotContainKeys(Facts.PLANNED_AT, Facts.LATER_THAN_PLANNED, Facts.EARLIER_THAN_PLANNED, Facts.AS_PLANNED);
    }

    @Test
    void an_overdue_task_says_which_how_late_and_whose_it_is() {
        Notice n = Notices.from("e-1", overdue(new TaskOwner(TaskOwner.Kind.ROLE, "tester")), SCHEDULED).get(0);

        assertThat(n.facts()).containsEntry(Facts.TASK_ID, "task-7").containsEntry(Facts.TITLE, "Upgrade production")
                .containsEntry(Facts.PLANNED_FINISH, SYSTEM_BACK_AT).containsEntry(Facts.OVERDUE_BY, Duration.ofMinutes(40))
                .containsEntry(Facts.OWNER, "tester").containsEntry(Facts.OWNER_KIND, "ROLE").containsEntry(Facts.STATUS, "RUNNING")
                .containsEntry(Facts.AT, SYSTEM_BACK_AT.plus(Duration.ofMinutes(40)));
        assertThat(n.onlyForUsername()).isEmpty();
        // Ops leads hear it (every kind), and on-call staff by default; business stakeholders do not.
        assertThat(Routing.recipients(n, List.of(People.olivia(), People.oscar(), People.tess(), People.sam())))
                .extracting(a -> a.recipient().username()).containsOnly("olivia", "oscar");
    }

    @Test
    void the_projection_is_told_when_it_crosses_the_point_of_no_return_and_when_it_comes_back_within() {
        CutoverContext notCrossing = context(CutoverStatus.IN_PROGRESS, 2);
        CutoverContext crossing = notCrossing.withUpgradePastPointOfNoReturn(true);
        Instant late = PNR.plus(Duration.ofMinutes(30));

        Notice past = Notices.from("e-1", projection(late, true), notCrossing).get(0);
        assertThat(past.kind()).isEqualTo(RUNBOOK_PAST_POINT_OF_NO_RETURN);
        assertThat(past.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(past.facts()).containsEntry(Facts.PROJECTED_SYSTEM_BACK, late).containsEntry(Facts.POINT_OF_NO_RETURN, PNR)
                .containsEntry(Facts.BUSINESS_RESUME, RESUME);
        assertThat(Routing.recipients(past, List.of(People.olivia(), People.oscar(), People.tess(), People.sam())))
                .extracting(a -> a.recipient().username()).containsOnly("olivia", "oscar");

        // Still crossing, only later: nothing new to decide.
        assertThat(Notices.from("e-2", projection(late.plus(Duration.ofHours(1)), true), crossing)).isEmpty();

        Notice within = Notices.from("e-3", projection(PNR.minus(Duration.ofHours(1)), false), crossing).get(0);
        assertThat(within.kind()).isEqualTo(RUNBOOK_BACK_WITHIN_POINT_OF_NO_RETURN);
        assertThat(within.severity()).isEqualTo(Severity.NOTICE);
        assertThat(within.facts()).containsEntry(Facts.PROJECTED_SYSTEM_BACK, PNR.minus(Duration.ofHours(1)));
    }

    @Test
    void a_notice_told_to_each_member_of_a_role_is_personal_to_each_once() {
        Notice n = Notices.from("e-1", overdue(new TaskOwner(TaskOwner.Kind.ROLE, "tester")), SCHEDULED).get(0);

        List<Notice> each = Notices.toEach(n, List.of("tess", "Theo", "theo", " "));

        assertThat(each).extracting(Notice::onlyForUsername).containsExactly(Optional.of("tess"), Optional.of("Theo"));
        assertThat(each).extracting(Notice::key).doesNotHaveDuplicates().doesNotContain(n.key());
        assertThat(each).allSatisfy(p -> assertThat(p.facts()).isEqualTo(n.facts()));
    }

    @Test
    void a_deadline_that_fired_late_says_how_late_and_one_on_time_or_barely_late_says_nothing() {
        Notice passed = Notices.from("e-1", new PointOfNoReturnPassed(C, PNR, 2, PNR.plus(Duration.ofMinutes(17)),
                Duration.ofMinutes(17).toMillis()), SCHEDULED).get(0);
        Notice refresh = Notices.from("e-1", new StagingRefreshDue(C, "TOO_OLD", "old", DOWNTIME, "r-1", T,
                Duration.ofHours(2).toMillis()), SCHEDULED).get(0);
        Notice warning = Notices.from("e-1", new PointOfNoReturnApproaching(C, PNR, Duration.ofHours(1), 2, T,
                Duration.ofSeconds(20).toMillis()), SCHEDULED).get(0);
        Notice olderEvent = Notices.from("e-1", new LiveVerificationCompleted(C, "int-1", false, List.of("HTTP 500"), T,
                null), SCHEDULED).get(0);
        Notice reminder = Notices.downtimeReminder(new Reminder("downtime-1-PT24H", Duration.ofHours(24),
                DOWNTIME.minus(Duration.ofHours(24)), DOWNTIME), Duration.ofMinutes(90), SCHEDULED);

        assertThat(passed.facts()).containsEntry(Facts.FIRED_LATE, Duration.ofMinutes(17));
        assertThat(refresh.facts()).containsEntry(Facts.FIRED_LATE, Duration.ofHours(2));
        assertThat(reminder.facts()).containsEntry(Facts.FIRED_LATE, Duration.ofMinutes(90));
        assertThat(warning.facts()).doesNotContainKey(Facts.FIRED_LATE);
        assertThat(olderEvent.facts()).doesNotContainKey(Facts.FIRED_LATE);
    }

    @Test
    void milestones_of_an_older_window_and_of_a_weekend_called_off_say_nothing() {
        WeekendFactObserved downtimeOfRevision1 = observed(WeekendFact.DOWNTIME_STARTED, 1, DOWNTIME, DOWNTIME);
        WeekendFactObserved downtime = observed(WeekendFact.DOWNTIME_STARTED, 2, DOWNTIME, DOWNTIME);
        assertThat(Notices.from("e-1", downtimeOfRevision1, context(CutoverStatus.IN_PROGRESS, 2))).isEmpty();
        assertThat(Notices.from("e-1", downtime, context(CutoverStatus.CANCELLED, 2))).isEmpty();
        assertThat(Notices.from("e-1", downtime, context(CutoverStatus.GO_NO_GO_FAILED, 2))).isEmpty();
        assertThat(Notices.from("e-1", reached(Milestone.TECHNICAL_REVIEW_END, 1), context(CutoverStatus.IN_PROGRESS, 2)))
                .isEmpty();
        assertThat(Notices.from("e-1", reached(Milestone.TECHNICAL_REVIEW_END, 2), context(CutoverStatus.CANCELLED, 2)))
                .isEmpty();
        assertThat(Notices.from("e-1", new PointOfNoReturnApproaching(C, PNR, Duration.ofHours(1), 1, T, 0L),
                context(CutoverStatus.IN_PROGRESS, 2))).isEmpty();
        assertThat(Notices.from("e-1", new GoLiveWindowRescheduled(C, 1, "Europe/London", List.of(), List.of(), "r", "o", T),
                context(CutoverStatus.SCHEDULED, 2))).isEmpty();
    }

    @Test
    void a_moved_window_tells_the_old_and_the_new_downtime_start() {
        Instant newStart = DOWNTIME.plus(Duration.ofDays(7));
        GoLiveWindowRescheduled moved = new GoLiveWindowRescheduled(C, 3, "Europe/London",
                List.of(at(Milestone.DOWNTIME_START, newStart), at(Milestone.BUSINESS_RESUME, RESUME.plus(Duration.ofDays(7)))),
                List.of(at(Milestone.DOWNTIME_START, DOWNTIME)), "rehearsal failed", "olivia", T);

        Notice n = Notices.from("e-1", moved, SCHEDULED).get(0);

        assertThat(n.facts()).containsEntry(Facts.DOWNTIME_START, newStart).containsEntry(Facts.PREVIOUS_DOWNTIME_START, DOWNTIME)
                .containsEntry(Facts.BUSINESS_RESUME, RESUME.plus(Duration.ofDays(7))).containsEntry(Facts.REASON, "rehearsal failed")
                .containsEntry(Facts.WINDOW_REVISION, 3).containsEntry(Facts.BY, "olivia");
    }

    @Test
    void a_published_plan_makes_an_overview_and_one_notice_per_tester_with_their_slots() {
        Instant sat9 = Instant.parse("2026-12-05T09:00:00Z");
        PlanPublished plan = new PlanPublished(C, "pl-1", List.of(
                new PlanPublished.Assignment("as-2", "sc-2", "Ship an order", "INVENTORY", false, "t-1", "tess",
                        sat9.plus(Duration.ofHours(2)), sat9.plus(Duration.ofHours(3))),
                new PlanPublished.Assignment("as-1", "sc-1", "Post an invoice", "INVOICING", true, "t-1", "Tess", sat9,
                        sat9.plus(Duration.ofHours(1))),
                new PlanPublished.Assignment("as-3", "sc-3", "Pay a bill", "PURCHASE", true, "t-2", "theo", sat9,
                        sat9.plus(Duration.ofHours(1)))),
                List.of(new PlanPublished.Unassigned("sc-9", "Month-end close", "no tester with that skill", true)), "olivia", T);

        List<Notice> notices = Notices.from("e-7", plan, SCHEDULED);

        assertThat(notices).extracting(Notice::kind, Notice::onlyForUsername).containsExactly(
                org.assertj.core.api.Assertions.tuple(TEST_PLAN_OVERVIEW, Optional.empty()),
                org.assertj.core.api.Assertions.tuple(TEST_PLAN_PUBLISHED, Optional.of("tess")),
                org.assertj.core.api.Assertions.tuple(TEST_PLAN_PUBLISHED, Optional.of("theo")));
        assertThat(notices.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(notices.get(0).facts()).containsEntry(Facts.ASSIGNMENTS, 3).containsEntry(Facts.UNASSIGNED, 1)
                .containsEntry(Facts.REASONS, List.of("Month-end close: no tester with that skill"));
        assertThat(notices.get(1).facts()).containsEntry(Facts.ASSIGNMENTS, 2).containsEntry(Facts.START, sat9)
                .containsEntry(Facts.END, sat9.plus(Duration.ofHours(3)))
                .containsEntry(Facts.SCENARIO_TITLES, List.of("Post an invoice (critical)", "Ship an order"));
        assertThat(notices).extracting(Notice::key).doesNotHaveDuplicates();

        List<Recipient> people = List.of(People.olivia(), People.tess(), People.withDefaults("s-theo", "theo", StakeholderRole.TESTER));
        assertThat(Routing.recipients(notices.get(1), people)).extracting(a -> a.recipient().username()).containsOnly("tess");
        assertThat(Routing.recipients(notices.get(0), people)).extracting(a -> a.recipient().username()).containsOnly("olivia");
    }

    @Test
    void an_assignment_change_is_for_its_tester_only() {
        Notice n = Notices.from("e-1", new AssignmentChanged(C, "as-1", "sc-1", "t-1", "tess", DOWNTIME, SYSTEM_BACK_AT,
                "re-plan", "olivia", T), SCHEDULED).get(0);

        assertThat(n.onlyForUsername()).contains("tess");
        assertThat(n.facts()).containsEntry(Facts.START, DOWNTIME).containsEntry(Facts.END, SYSTEM_BACK_AT);
    }

    @Test
    void a_training_list_makes_one_notice_per_recipient_listing_the_changes() {
        TrainingListSent sent = new TrainingListSent(C, "INVOICING", List.of(
                new TrainingListSent.Change("MOVED_MENU", "Credit notes moved under Customers", "Post an invoice", "tess"),
                new TrainingListSent.Change("RENAMED_BUTTON", "'Validate' is now 'Confirm'", "Post an invoice", "theo")),
                List.of("tess", "Tara", "tara", " "), "olivia", T);

        List<Notice> notices = Notices.from("e-8", sent, SCHEDULED);

        assertThat(notices).extracting(Notice::kind, Notice::onlyForUsername).containsExactly(
                org.assertj.core.api.Assertions.tuple(TRAINING_LIST, Optional.of("tess")),
                org.assertj.core.api.Assertions.tuple(TRAINING_LIST, Optional.of("tara")));
        assertThat(notices).extracting(Notice::severity).containsOnly(Severity.NOTICE);
        assertThat(notices.get(0).facts()).containsEntry(Facts.AREA, "INVOICING").containsEntry(Facts.BY, "olivia")
                .containsEntry(Facts.CHANGES, List.of(
                        "MOVED_MENU: Credit notes moved under Customers (in Post an invoice, noted by tess)",
                        "RENAMED_BUTTON: 'Validate' is now 'Confirm' (in Post an invoice, noted by theo)"));
        assertThat(Notices.from("e-9", new TrainingListSent(C, "SALES", List.of(), List.of("tess"), "olivia", T),
                SCHEDULED)).isEmpty();
    }

    @Test
    void a_critical_flow_failed_on_staging_says_so() {
        Notice staging = Notices.from("e-1", new ResultRecorded(C, "as-1", "sc-1", "Post a customer invoice", "INVOICING",
                true, "FAILED", "error 500", "tess", T, "STAGING", "r-7"), SCHEDULED).get(0);
        assertThat(staging.kind()).isEqualTo(CRITICAL_TEST_FAILED);
        assertThat(staging.facts()).containsEntry(Facts.ROUND, "STAGING").containsEntry(Facts.REHEARSAL_ID, "r-7");

        Notice weekend = Notices.from("e-2", new ResultRecorded(C, "as-1", "sc-1", "Post a customer invoice", "INVOICING",
                true, "FAILED", "error 500", "tess", T, "WEEKEND", null), SCHEDULED).get(0);
        assertThat(weekend.facts()).doesNotContainKey(Facts.ROUND);
    }

    @Test
    void an_incident_tells_what_is_broken_and_how_badly() {
        Notice n = Notices.from("e-1", reported("CRITICAL", "OPEN"), SCHEDULED).get(0);

        assertThat(n.facts()).containsEntry(Facts.INCIDENT_ID, "i-1").containsEntry(Facts.TITLE, "Invoices cannot be posted")
                .containsEntry(Facts.INCIDENT_SEVERITY, "CRITICAL").containsEntry(Facts.BUSINESS_FLOW, "INVOICING_AND_ACCOUNTING")
                .containsEntry(Facts.SYSTEM_USABLE, true).containsEntry(Facts.WORKAROUND_EXISTS, false)
                .containsEntry(Facts.ESTIMATED_TIME_TO_FIX, Duration.ofHours(2)).containsEntry(Facts.STATUS, "OPEN")
                .containsEntry(Facts.BY, "oscar").containsEntry(Facts.AT, T);
        assertThat(Routing.recipients(n, List.of(People.olivia(), People.oscar(), People.tess(), People.sam())))
                .extracting(a -> a.recipient().username()).containsOnly("olivia", "oscar");
    }

    @Test
    void the_rollback_assessment_tells_the_time_left_and_what_a_rollback_would_lose() {
        Notice n = Notices.from("e-1", assessment("DECIDE_NOW"), SCHEDULED).get(0);

        assertThat(n.facts()).containsEntry(Facts.RECOMMENDATION, "DECIDE_NOW").containsEntry(Facts.POINT_OF_NO_RETURN, PNR)
                .containsEntry(Facts.TIME_LEFT, Duration.ofHours(3)).containsEntry(Facts.ROLLBACK_WOULD_LOSE, Duration.ofHours(20))
                .containsEntry(Facts.OPEN_INCIDENTS, 1).containsEntry(Facts.REASONS, List.of("CRITICAL_OPEN_NEAR_PNR"));
    }

    @Test
    void an_unknown_cutover_is_named_by_its_id_in_utc() {
        Notice n = Notices.from("e-1", new IncidentResolved("c-9", "i-1", "patched", "oscar", T), CutoverContext.unknown("c-9")).get(0);

        assertThat(n.facts()).containsEntry(Facts.CUTOVER_NAME, "c-9").containsEntry(Facts.CUTOVER_ZONE, "Z");
    }

    /** Every field of an event may be missing (an older producer, a partial record): no event makes the hub fail. */
    @Test
    void every_catalogue_event_with_every_field_missing_is_read_without_failing() throws Exception {
        for (EventType<?> type : EventCatalog.all()) {
            GoliveEvent empty = emptyOf(type.recordClass());
            for (CutoverContext context : List.of(SCHEDULED, context(CutoverStatus.IN_PROGRESS, 0), CutoverContext.unknown(C))) {
                List<Notice> notices = Notices.from("e-1", empty, context);
                assertThat(notices).as(type.name()).allSatisfy(n -> assertThat(n.facts()).containsKey(Facts.CUTOVER_NAME));
            }
            PageTriggers.from("e-1", empty);
        }
    }

    private static GoliveEvent emptyOf(Class<? extends GoliveEvent> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] args = new Object[components.length];
        for (int i = 0; i < types.length; i++) {
            if (types[i] == String.class && components[i].getName().equals("cutoverId")) {
                args[i] = C;
            } else if (types[i] == boolean.class) {
                args[i] = false;
            } else if (types[i] == int.class) {
                args[i] = 0;
            } else if (types[i] == long.class) {
                args[i] = 0L;
            }
        }
        Constructor<? extends GoliveEvent> constructor = type.getDeclaredConstructor(types);
        return constructor.newInstance(args);
    }

    @Test
    void a_notice_keeps_printable_facts_only() {
        assertThatThrownBy(() -> new Notice(SYSTEM_BACK, Severity.NOTICE, C, "e", "t", Map.of("x", Optional.of(T)), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x");
        Notice n = new Notice(SYSTEM_BACK, Severity.NOTICE, C, "e", "t", Map.of("n", 3, "d", Duration.ofHours(1)), Optional.empty());
        assertThat(n.fact("n", Integer.class)).contains(3);
        assertThat(n.fact("d", Instant.class)).isEmpty();
    }
}
