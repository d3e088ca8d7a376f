package dev.golive.notification.message;

import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.cutover.CutoverCancelled;
import dev.golive.contracts.cutover.CutoverPlanned;
import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.contracts.cutover.CutoverStatusChanged;
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
import dev.golive.contracts.incident.IncidentReported;
import dev.golive.contracts.incident.IncidentResolved;
import dev.golive.contracts.incident.IncidentUpdated;
import dev.golive.contracts.integration.IntegrationReadinessChanged;
import dev.golive.contracts.integration.LiveVerificationCompleted;
import dev.golive.contracts.rollback.PointOfNoReturnApproaching;
import dev.golive.contracts.rollback.PointOfNoReturnPassed;
import dev.golive.contracts.rollback.RollbackAssessmentChanged;
import dev.golive.contracts.rollback.RollbackDecided;
import dev.golive.contracts.runbook.RunbookProjectionChanged;
import dev.golive.contracts.runbook.RunbookTaskOverdue;
import dev.golive.contracts.runbook.RunbookTaskStatus;
import dev.golive.contracts.runbook.TaskOwner;
import dev.golive.contracts.staging.RehearsalCompleted;
import dev.golive.contracts.staging.StagingRefreshDue;
import dev.golive.contracts.staging.UpgradeForecastExceedsWindow;
import dev.golive.contracts.testing.AssignmentChanged;
import dev.golive.contracts.testing.PlanPublished;
import dev.golive.contracts.testing.ResultRecorded;
import dev.golive.contracts.testing.TrainingListSent;
import dev.golive.contracts.testing.WeekendSignedOff;
import dev.golive.notification.domain.CutoverContext;
import dev.golive.notification.domain.Notice;
import dev.golive.notification.domain.NoticeKind;
import dev.golive.notification.domain.Notices;
import dev.golive.notification.domain.OnCallResolver;
import dev.golive.notification.domain.Page;
import dev.golive.notification.domain.Recipient;
import dev.golive.notification.domain.Reminder;
import dev.golive.notification.domain.StakeholderRole;
import dev.golive.notification.domain.Subscription;
import dev.golive.notification.domain.UpdateCadence;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A realistic notice of every kind, made from a realistic event by the very makers the hub uses
 * ({@link Notices}), with ids that look like the platform's (UUIDs), so a template that prints an id
 * instead of a name is seen. Several samples per kind where the words differ (GO and NO_GO…).
 */
final class NoticeSamples {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String CUTOVER = "5b0e7c1e-3f5a-4a7e-9a55-0c1d2e3f4a5b";
    static final String CUTOVER_NAME = "Odoo 16 → 19 — Acme Manufacturing";
    /** When the messages are written: the Wednesday before the go-live weekend. */
    static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    static final Instant T = NOW.minus(Duration.ofMinutes(2));
    static final Instant DOWNTIME = Instant.parse("2026-12-04T17:00:00Z");
    static final Instant SYSTEM_BACK_AT = DOWNTIME.plus(Duration.ofHours(6));
    static final Instant PNR = Instant.parse("2026-12-06T12:00:00Z");
    static final Instant RESUME = Instant.parse("2026-12-07T07:00:00Z");
    private static final String REHEARSAL = "8d1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b";
    private static final String INTEGRATION = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    private static final String INCIDENT = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b";
    private static final String SCENARIO = "0f1e2d3c-4b5a-4968-8776-655443322110";

    private NoticeSamples() {
    }

    static CutoverContext context(CutoverStatus status) {
        Map<Milestone, Instant> milestones = new EnumMap<>(Milestone.class);
        milestones.put(Milestone.DOWNTIME_START, DOWNTIME);
        milestones.put(Milestone.SYSTEM_BACK_EXPECTED, SYSTEM_BACK_AT);
        milestones.put(Milestone.POINT_OF_NO_RETURN, PNR);
        milestones.put(Milestone.BUSINESS_RESUME, RESUME);
        return new CutoverContext(CUTOVER, CUTOVER_NAME, LONDON, Optional.of(status), 2, milestones);
    }

    static Recipient reader(String username, StakeholderRole role, String language, ZoneId zone) {
        return new Recipient("7c6b5a4f-3e2d-4c1b-8a09-f8e7d6c5b4a3", username, role, zone, Locale.forLanguageTag(language),
                Optional.of(username + "@example.com"), List.of(), List.of(new Subscription(Subscription.EVERY_KIND,
                dev.golive.notification.domain.Severity.INFO, dev.golive.notification.domain.Channel.EMAIL)));
    }

    /** Every sample, in the order of the kinds. */
    static List<Notice> all() {
        CutoverContext scheduled = context(CutoverStatus.SCHEDULED);
        CutoverContext live = context(CutoverStatus.IN_PROGRESS);
        List<Notice> out = new ArrayList<>();
        List<GoliveEvent> planning = List.of(
                new CutoverPlanned(CUTOVER, CUTOVER_NAME, "Acme Manufacturing", "Odoo", 16, 19, List.of(17, 18, 19),
                        "Europe/London", "ops", GoLivePolicy.defaults(), List.of(), "olivia", T),
                new GoLiveWindowScheduled(CUTOVER, 1, "Europe/London", window(DOWNTIME), "olivia", T),
                new GoLiveWindowRescheduled(CUTOVER, 3, "Europe/London", window(DOWNTIME.plus(Duration.ofDays(7))),
                        window(DOWNTIME), "the rehearsal failed", "olivia", T),
                new CutoverCancelled(CUTOVER, CutoverStatus.SCHEDULED, "the budget moved to next year", "olivia", T),
                new GateChanged(CUTOVER, "INTEGRATIONS_READY", "FAILED", List.of("Bank feed: checklist not done"), T),
                new GoNoGoRecommended(CUTOVER, "GO", List.of(), DOWNTIME, T),
                new GoNoGoRecommended(CUTOVER, "NO_GO", List.of("STAGING_REHEARSAL", "ON_CALL_COVERED"), DOWNTIME, T),
                new GoNoGoDecided(CUTOVER, "GO", "olivia", "all gates green", List.of(), T),
                new GoNoGoDecided(CUTOVER, "NO_GO", "olivia", "the rehearsal failed", List.of("STAGING_REHEARSAL"), T),
                new RehearsalCompleted(CUTOVER, REHEARSAL, "SUCCEEDED", Duration.ofHours(2), 1, Duration.ofHours(1),
                        Duration.ofHours(3), T),
                new RehearsalCompleted(CUTOVER, REHEARSAL, "FAILED", null, 3, null, null, T),
                new StagingRefreshDue(CUTOVER, "TOO_OLD", "the last rehearsal is 20 days old",
                        DOWNTIME.minus(Duration.ofDays(3)), REHEARSAL, T, 0L),
                new UpgradeForecastExceedsWindow(CUTOVER, REHEARSAL, Duration.ofHours(9), Duration.ofHours(6),
                        Duration.ofHours(3), T),
                new IntegrationReadinessChanged(CUTOVER, null, false, List.of("Bank feed: checklist not done"), T));
        planning.forEach(e -> out.addAll(Notices.from("e-" + out.size(), e, scheduled)));
        List<GoliveEvent> weekend = List.of(
                new WeekendFactObserved(CUTOVER, 2, WeekendFact.DOWNTIME_STARTED, DOWNTIME.plus(Duration.ofMinutes(12)),
                        DOWNTIME, "task-1", "Stop the production server", "oscar", DOWNTIME.plus(Duration.ofMinutes(13))),
                new WeekendFactObserved(CUTOVER, 2, WeekendFact.SYSTEM_BACK, SYSTEM_BACK_AT.plus(Duration.ofMinutes(80)),
                        SYSTEM_BACK_AT, "task-5", "Open the upgraded system", "oscar", SYSTEM_BACK_AT.plus(Duration.ofMinutes(81))),
                new MilestoneReached(CUTOVER, 2, Milestone.TECHNICAL_REVIEW_END, SYSTEM_BACK_AT.plus(Duration.ofHours(2)),
                        SYSTEM_BACK_AT.plus(Duration.ofHours(2)), false, 0, at(Milestone.TECHNICAL_REVIEW_END,
                        SYSTEM_BACK_AT.plus(Duration.ofHours(2)))),
                new WeekendFactObserved(CUTOVER, 2, WeekendFact.BUSINESS_RESUMED, RESUME, RESUME, "task-9",
                        "Open the doors to the business", "olivia", RESUME),
                new dev.golive.contracts.cutover.CutoverStatusChanged(CUTOVER, CutoverStatus.WEEKEND_TESTING,
                        CutoverStatus.COMPLETED, null, "olivia", RESUME),
                new CutoverStatusChanged(CUTOVER, CutoverStatus.IN_PROGRESS, CutoverStatus.ROLLED_BACK,
                        "invoices could not be posted", "olivia", PNR.minus(Duration.ofHours(1))),
                new LiveVerificationCompleted(CUTOVER, INTEGRATION, false, List.of("HTTP 500 from the bank API"), T, 0L),
                new RunbookTaskOverdue(CUTOVER, "rb-1", "task-7", "Upgrade the production database",
                        new TaskOwner(TaskOwner.Kind.PERSON, "oscar"), RunbookTaskStatus.RUNNING, SYSTEM_BACK_AT,
                        Duration.ofMinutes(15), SYSTEM_BACK_AT.plus(Duration.ofMinutes(40)), 0L),
                new RunbookTaskOverdue(CUTOVER, "rb-1", "task-8", "Check the stock valuation",
                        new TaskOwner(TaskOwner.Kind.ROLE, "tester"), RunbookTaskStatus.PLANNED, SYSTEM_BACK_AT,
                        Duration.ofMinutes(15), SYSTEM_BACK_AT.plus(Duration.ofMinutes(40)), 0L),
                new RunbookProjectionChanged(CUTOVER, "rb-1", PNR.plus(Duration.ofHours(3)), PNR.plus(Duration.ofHours(1)),
                        RESUME, PNR, Duration.ofHours(16), true, List.of("Upgrade the production database"), 1, T),
                new IncidentReported(CUTOVER, INCIDENT, "Invoices cannot be posted", "error 500 on Post",
                        "INVOICING_AND_ACCOUNTING", "CRITICAL", true, false, false, Duration.ofHours(2), "OPEN", "rest",
                        null, "oscar", T),
                new IncidentUpdated(CUTOVER, INCIDENT, List.of("severity", "workaroundExists"), "Invoices cannot be posted",
                        "error 500 on Post", "INVOICING_AND_ACCOUNTING", "HIGH", true, false, true, null, "MITIGATED",
                        "oscar", T),
                new IncidentResolved(CUTOVER, INCIDENT, "the tax module was patched", "oscar", T),
                new RollbackAssessmentChanged(CUTOVER, "a-1", "DECIDE_NOW", List.of("CRITICAL_OPEN_NEAR_PNR"),
                        List.of(INCIDENT), Duration.ofHours(3), PNR, Duration.ofHours(20), T),
                new RollbackAssessmentChanged(CUTOVER, "a-2", "FIX_FORWARD", List.of("NO_ROLLBACK_REASON"),
                        List.of(), Duration.ofHours(3), PNR, Duration.ofHours(20), T),
                new PointOfNoReturnApproaching(CUTOVER, PNR, Duration.ofHours(2), 2, T, 0L),
                new PointOfNoReturnPassed(CUTOVER, PNR, 2, PNR, null),
                new RollbackDecided(CUTOVER, "d-1", "ROLL_BACK", "data integrity at risk", "a-1", false, "olivia", T),
                new RollbackDecided(CUTOVER, "d-2", "PROCEED", "fixing forward is safe", "a-2", false, "olivia", T),
                new PlanPublished(CUTOVER, "pl-1", List.of(
                        new PlanPublished.Assignment("as-1", SCENARIO, "Post a customer invoice", "INVOICING", true, "t-1",
                                "tess", SYSTEM_BACK_AT, SYSTEM_BACK_AT.plus(Duration.ofHours(1))),
                        new PlanPublished.Assignment("as-2", "sc-2", "Ship an order", "INVENTORY", false, "t-1", "tess",
                                SYSTEM_BACK_AT.plus(Duration.ofHours(1)), SYSTEM_BACK_AT.plus(Duration.ofHours(2)))),
                        List.of(new PlanPublished.Unassigned("sc-9", "Month-end close", "no tester with that skill", true)),
                        "olivia", T),
                new AssignmentChanged(CUTOVER, "as-1", SCENARIO, "t-1", "tess", SYSTEM_BACK_AT.plus(Duration.ofHours(1)),
                        SYSTEM_BACK_AT.plus(Duration.ofHours(2)), "the scenario's data was not ready", "olivia", T),
                new ResultRecorded(CUTOVER, "as-1", SCENARIO, "Post a customer invoice", "INVOICING", true, "FAILED",
                        "error 500 on Post", "tess", T, null, null),
                new ResultRecorded(CUTOVER, "as-1", SCENARIO, "Post a customer invoice", "INVOICING", true, "FAILED",
                        "error 500 on Post", "tess", T, "STAGING", REHEARSAL),
                new WeekendSignedOff(CUTOVER, 12, 40, 40, T),
                new TrainingListSent(CUTOVER, "INVOICING", List.of(
                        new TrainingListSent.Change("MOVED_MENU", "Credit notes moved under Customers", "Post an invoice", "tess")),
                        List.of("tara"), "olivia", T));
        weekend.forEach(e -> out.addAll(Notices.from("e-" + out.size(), e, live)));
        out.addAll(Notices.from("e-back", new RunbookProjectionChanged(CUTOVER, "rb-1", PNR.minus(Duration.ofHours(1)),
                PNR.minus(Duration.ofHours(3)), RESUME, PNR, Duration.ofHours(20), false, List.of(), 1, T),
                live.withUpgradePastPointOfNoReturn(true)));
        out.add(Notices.downtimeReminder(new Reminder("downtime-1-PT24H", Duration.ofHours(24),
                DOWNTIME.minus(Duration.ofHours(24)), DOWNTIME), Duration.ZERO, scheduled));
        out.add(Notices.stakeholderUpdate("u-1", "The upgrade is running; the database step takes longer than planned.",
                "olivia", T, T.plus(Duration.ofHours(2)), live));
        out.add(Notices.updateOverdue(new UpdateCadence.NextUpdate(T.minus(Duration.ofHours(3)), T.minus(Duration.ofHours(1))),
                T, Duration.ZERO, live));
        Page page = Page.open("3c2b1a09-8f7e-4d6c-9b5a-493827160514", CUTOVER,
                "Critical incident: Invoices cannot be posted", "e-page", "golive.incident.IncidentReported.v1",
                OnCallResolver.from(List.of(), List.of(reader("oscar", StakeholderRole.ON_CALL, "en", LONDON))), T,
                Page.DEFAULT_ACK_TIMEOUT);
        Notice paged = Notices.page(page, page.steps().get(0), Duration.ZERO, live);
        Map<String, Object> facts = new LinkedHashMap<>(paged.facts());
        facts.put("ackUrl", "https://golive.example.com/api/pages/" + page.pageId() + "/ack?token=abc");
        out.add(new Notice(paged.kind(), paged.severity(), paged.cutoverId(), paged.sourceEventId(),
                paged.sourceEventType(), facts, paged.onlyForUsername()));
        return out;
    }

    /** The kinds no sample makes: none, or the samples are incomplete. */
    static List<NoticeKind> missing(List<Notice> samples) {
        return java.util.Arrays.stream(NoticeKind.values())
                .filter(k -> samples.stream().noneMatch(n -> n.kind() == k)).toList();
    }

    private static List<MilestoneTime> window(Instant downtime) {
        return List.of(at(Milestone.DOWNTIME_START, downtime),
                at(Milestone.SYSTEM_BACK_EXPECTED, downtime.plus(Duration.ofHours(6))),
                at(Milestone.POINT_OF_NO_RETURN, downtime.plus(Duration.between(DOWNTIME, PNR))),
                at(Milestone.BUSINESS_RESUME, downtime.plus(Duration.between(DOWNTIME, RESUME))));
    }

    private static MilestoneTime at(Milestone m, Instant instant) {
        return new MilestoneTime(m, LocalDateTime.ofInstant(instant, LONDON), "Europe/London", ZoneOffset.UTC, instant,
                TimeRule.EXACT);
    }
}
