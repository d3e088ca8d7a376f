package dev.golive.notification.domain;

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
import dev.golive.contracts.cutover.WeekendFactObserved;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static dev.golive.notification.domain.EventValues.instantOf;
import static dev.golive.notification.domain.EventValues.strings;
import static dev.golive.notification.domain.EventValues.upper;
import static dev.golive.notification.domain.Facts.*;

/** What the events of the cutover planner mean to people (see the table of {@link Notices}). */
final class CutoverNotices {

    private CutoverNotices() {
    }

    static List<Notice> from(NoticeMaker m, GoliveEvent event, CutoverContext context) {
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
        if (event instanceof WeekendFactObserved e) {
            return observed(m, e, context);
        }
        return List.of();
    }

    /**
     * A milestone only says that the plan's instant came, not that anything happened: only the end of
     * the technical review, which starts weekend testing by the plan, is told. Downtime, the system back
     * and business resumed are told when the runbook observes them ({@link #observed}).
     */
    private static List<Notice> milestone(NoticeMaker m, MilestoneReached e, CutoverContext context) {
        if (e.milestone() != Milestone.TECHNICAL_REVIEW_END || e.windowRevision() < context.windowRevision()
                || weekendCalledOff(context)) {
            return List.of();
        }
        // Late beyond the planner's own tolerance: the message says by how much.
        FactSheet f = m.facts().put(LATE, e.late()).put(FIRED_LATE, e.late() ? Duration.ofMillis(e.latenessMillis()) : null)
                .put(SYSTEM_BACK_EXPECTED, context.milestone(Milestone.SYSTEM_BACK_EXPECTED).orElse(null))
                .put(BUSINESS_RESUME, context.milestone(Milestone.BUSINESS_RESUME).orElse(null));
        return m.one(NoticeKind.WEEKEND_TESTING_STARTED, Severity.NOTICE, e.reachedAt(), f);
    }

    /**
     * What the runbook saw the weekend do: when it happened ({@link Facts#OBSERVED_AT}, also the
     * notice's {@link Facts#AT}), when the plan had it, and how much later or earlier that was.
     */
    private static List<Notice> observed(NoticeMaker m, WeekendFactObserved e, CutoverContext context) {
        if (e.fact() == null || e.windowRevision() < context.windowRevision() || weekendCalledOff(context)) {
            return List.of();
        }
        NoticeKind kind = switch (e.fact()) {
            case DOWNTIME_STARTED -> NoticeKind.DOWNTIME_STARTED;
            case SYSTEM_BACK -> NoticeKind.SYSTEM_BACK;
            case BUSINESS_RESUMED -> NoticeKind.BUSINESS_RESUMED;
        };
        FactSheet f = m.facts().put(OBSERVED_AT, e.observedAt()).put(PLANNED_AT, e.plannedAt());
        deviation(f, e.observedAt(), e.plannedAt());
        if (kind == NoticeKind.DOWNTIME_STARTED) {
            f.put(DOWNTIME_START, e.plannedAt() != null ? e.plannedAt() : context.downtimeStart().orElse(null));
        }
        if (kind != NoticeKind.BUSINESS_RESUMED) {
            f.put(SYSTEM_BACK_EXPECTED, kind == NoticeKind.SYSTEM_BACK && e.plannedAt() != null ? e.plannedAt()
                    : context.milestone(Milestone.SYSTEM_BACK_EXPECTED).orElse(null));
        }
        f.put(BUSINESS_RESUME, kind == NoticeKind.BUSINESS_RESUMED && e.plannedAt() != null ? e.plannedAt()
                : context.milestone(Milestone.BUSINESS_RESUME).orElse(null));
        f.put(TITLE, e.taskTitle()).by(e.reportedBy());
        return m.one(kind, Severity.NOTICE, e.observedAt() != null ? e.observedAt() : e.recordedAt(), f);
    }

    /** Within this of the plan, a fact is as planned: nobody needs "20 s later than planned". */
    static final Duration AS_PLANNED_WITHIN = Duration.ofMinutes(1);

    /** How much later ({@link Facts#LATER_THAN_PLANNED}) or earlier than planned, or as planned; nothing without a plan. */
    private static void deviation(FactSheet f, Instant observed, Instant planned) {
        if (observed == null || planned == null) {
            return;
        }
        Duration late = Duration.between(planned, observed);
        if (late.abs().compareTo(AS_PLANNED_WITHIN) <= 0) {
            f.put(AS_PLANNED, true);
        } else if (late.isNegative()) {
            f.put(EARLIER_THAN_PLANNED, late.negated());
        } else {
            f.put(LATER_THAN_PLANNED, late);
        }
    }

    /** A cancelled cutover's, or one whose go/no-go failed: its weekend does not go ahead, nothing of it is told. */
    private static boolean weekendCalledOff(CutoverContext context) {
        return context.status().map(s -> s == CutoverStatus.CANCELLED || s == CutoverStatus.GO_NO_GO_FAILED).orElse(false);
    }

    private static Severity goOrWarning(String verdict) {
        return "GO".equals(upper(verdict)) ? Severity.NOTICE : Severity.WARNING;
    }

    private static String zoneOr(String zone, ZoneId fallback) {
        return zone == null || zone.isBlank() ? fallback.getId() : zone;
    }
}
