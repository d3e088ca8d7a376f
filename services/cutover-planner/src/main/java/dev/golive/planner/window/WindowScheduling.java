package dev.golive.planner.window;

import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.contracts.cutover.GoLiveWindowRescheduled;
import dev.golive.contracts.cutover.GoLiveWindowScheduled;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.MilestoneTime;
import dev.golive.messaging.outbox.Outbox;
import dev.golive.planner.cutover.Cutover;
import dev.golive.planner.cutover.StatusChange;
import dev.golive.contracts.cutover.HolidayChoice;
import dev.golive.planner.domain.BusyWeekend;
import dev.golive.planner.domain.ClosedDays;
import dev.golive.planner.domain.FreezePeriod;
import dev.golive.planner.domain.PublicHoliday;
import dev.golive.planner.freeze.Freeze;
import dev.golive.planner.holiday.HolidayCalendars;
import dev.golive.planner.domain.GoLivePolicyRules;
import dev.golive.planner.domain.GoLiveWindow;
import dev.golive.planner.domain.Proposals;
import dev.golive.planner.domain.SkipReason;
import dev.golive.planner.domain.StatusTransitions;
import dev.golive.planner.domain.WindowCalculator;
import dev.golive.planner.domain.WindowEligibility;
import dev.golive.planner.domain.WindowProposer;
import dev.golive.planner.milestone.CutoverMilestone;
import dev.golive.planner.milestone.MilestoneTriggers;
import dev.golive.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Proposing, choosing and moving a cutover's go-live window, with its milestone triggers. The
 * cutover's use cases (a plan change re-lays the weekend) and the go/no-go (a NO_GO moves it)
 * call this; it works on the cutover itself and its status change, never back on their use cases.
 */
@ApplicationScoped
public class WindowScheduling {

    /** Cutovers in these statuses hold their team's weekend. */
    private static final Set<CutoverStatus> HOLDING_A_WEEKEND = EnumSet.of(CutoverStatus.SCHEDULED,
            CutoverStatus.GO_NO_GO_PASSED, CutoverStatus.GO_NO_GO_FAILED, CutoverStatus.IN_PROGRESS,
            CutoverStatus.WEEKEND_TESTING);

    private final Clock clock;
    private final Outbox outbox;
    private final MilestoneTriggers triggers;
    private final StatusChange statusChange;
    private final EntityManager entityManager;
    private final HolidayCalendars holidays;

    @Inject
    WindowScheduling(Clock clock, Outbox outbox, MilestoneTriggers triggers, StatusChange statusChange,
                     EntityManager entityManager, HolidayCalendars holidays) {
        this.holidays = holidays;
        this.clock = clock;
        this.outbox = outbox;
        this.triggers = triggers;
        this.statusChange = statusChange;
        this.entityManager = entityManager;
    }

    @Transactional
    public Proposals propose(UUID cutoverId, int count) {
        Cutover cutover = Cutover.require(cutoverId);
        return WindowProposer.propose(cutover.zoneId(), cutover.policy, cutover.blackoutList(),
                teamWeekends(cutover), closedDaysAhead(cutover), clock.instant(), count);
    }

    /**
     * The holidays and freeze periods of {@code cutover} for every weekend a proposal may look at: from a
     * week before today (a go/no-go the day before) to {@link WindowProposer#MAX_CANDIDATES} weeks on.
     */
    private ClosedDays closedDaysAhead(Cutover cutover) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), cutover.zoneId());
        return closedDays(cutover, today.minusWeeks(1), today.plusWeeks(WindowProposer.MAX_CANDIDATES + 2));
    }

    /** The holidays of the cutover's calendar and the freeze periods of its client and team, {@code from} to {@code to}. */
    public ClosedDays closedDays(Cutover cutover, LocalDate from, LocalDate to) {
        List<FreezePeriod> freezes = Freeze.applyingTo(cutover.client, cutover.onCallTeam, from).stream()
                .filter(f -> !f.from().isAfter(to)).toList();
        return new ClosedDays(holidays.between(cutover.country, cutover.subdivision, from, to), freezes);
    }

    /**
     * The first eligible window whose downtime starts after the cutover's current one: where a
     * no-go moves the cutover. Empty when none is eligible within {@link WindowProposer#MAX_CANDIDATES} weeks.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<LocalDateTime> nextWindowAfterCurrent(Cutover cutover) {
        Proposals proposals = WindowProposer.propose(cutover.zoneId(), cutover.policy, cutover.blackoutList(),
                teamWeekends(cutover), closedDaysAhead(cutover), clock.instant(), WindowProposer.MAX_CANDIDATES);
        return proposals.windows().stream().map(GoLiveWindow::requestedDowntimeStart)
                .filter(start -> cutover.downtimeStartLocal == null || start.isAfter(cutover.downtimeStartLocal))
                .findFirst();
    }

    /** Chooses the window whose downtime starts at {@code downtimeStart} (wall clock of the cutover's zone). */
    @Transactional
    public Cutover schedule(UUID cutoverId, LocalDateTime downtimeStart, String reason, String by) {
        return schedule(cutoverId, downtimeStart, reason, false, by);
    }

    /**
     * As above; {@code chooseHoliday}: the ops lead chooses a weekend that public holidays close, on
     * purpose, and {@code reason} (then required) says why; recorded on the cutover and in the event.
     */
    @Transactional
    public Cutover schedule(UUID cutoverId, LocalDateTime downtimeStart, String reason, boolean chooseHoliday,
                            String by) {
        if (downtimeStart == null) {
            throw ProblemException.invalid("downtimeStart", "is required (local date-time in the cutover's zone)");
        }
        Cutover cutover = Cutover.require(cutoverId);
        if (!StatusTransitions.planEditable(cutover.status)) {
            throw ProblemException.conflict("status-transition-not-allowed",
                    "A cutover in status " + cutover.status + " cannot be scheduled or rescheduled", List.of());
        }
        apply(cutover, downtimeStart, reason, by, true, chooseHoliday);
        if (cutover.status != CutoverStatus.SCHEDULED) {
            statusChange.move(cutover, CutoverStatus.SCHEDULED,
                    cutover.windowRevision == 1 ? "window scheduled" : "window rescheduled", by);
        }
        return cutover;
    }

    /** Lays the current weekend out again after the zone, policy, team or blackouts changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recompute(Cutover cutover, String reason, String by) {
        apply(cutover, cutover.downtimeStartLocal, reason, by, false, false);
    }

    private void apply(Cutover cutover, LocalDateTime downtimeStart, String reason, String by, boolean newChoice,
                       boolean chooseHoliday) {
        // Serialises scheduling per team, so two cutovers cannot both take the team's weekend.
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "team:" + cutover.onCallTeam)
                .getSingleResult();

        GoLiveWindow window = WindowCalculator.compute(downtimeStart, cutover.zoneId(), cutover.policy);
        ProblemException.refuseIfAny(GoLivePolicyRules.check(window, cutover.policy));
        Instant now = clock.instant();
        ClosedDays closed = closedDays(cutover, window.get(Milestone.GO_NO_GO).local().toLocalDate().minusDays(1),
                window.businessResume().local().toLocalDate());
        List<SkipReason> reasons = WindowEligibility.check(window, now, cutover.policy, cutover.blackoutList(),
                teamWeekends(cutover), closed);
        if (!newChoice) {
            // Lead time governs choosing a weekend, not re-laying one already chosen.
            reasons = reasons.stream().filter(r -> r.kind() != SkipReason.Kind.BEFORE_MINIMUM_LEAD_TIME).toList();
        }
        List<String> holidayNames = holidayNames(window, closed);
        boolean holidayOverride = !holidayNames.isEmpty()
                && (newChoice ? chooseHoliday : cutover.holidaysChosen != null);
        if (holidayOverride) {
            if (newChoice && (reason == null || reason.isBlank())) {
                refuse(reasons.stream().filter(r -> r.kind() != SkipReason.Kind.HOLIDAY).toList());
                throw ProblemException.invalid("reason", "is required to choose a weekend with a public holiday ("
                        + String.join(", ", holidayNames) + ")");
            }
            // The ops lead chose the holiday weekend on purpose: holidays no longer refuse it, anything else still does.
            reasons = reasons.stream().filter(r -> r.kind() != SkipReason.Kind.HOLIDAY).toList();
        }
        refuse(reasons);
        if (holidayOverride) {
            cutover.holidaysChosen = String.join("; ", holidayNames);
            if (newChoice) {
                cutover.holidayChoiceReason = reason.strip();
                cutover.holidayChoiceBy = by;
            }
        } else {
            cutover.holidaysChosen = null;
            cutover.holidayChoiceReason = null;
            cutover.holidayChoiceBy = null;
        }
        HolidayChoice holidayChoice = cutover.holidaysChosen == null ? null
                : new HolidayChoice(holidayNames, cutover.holidayChoiceReason);

        List<CutoverMilestone> previousRows = CutoverMilestone.ofCutover(cutover.id);
        List<MilestoneTime> previous = previousRows.stream().map(CutoverMilestone::toTime).toList();
        boolean first = cutover.windowRevision == 0;
        cutover.windowRevision++;
        cutover.downtimeStartLocal = downtimeStart;
        cutover.updatedAt = now;

        previousRows.forEach(CutoverMilestone::delete);
        entityManager.flush();
        List<MilestoneTime> milestones = MilestoneTimes.of(window);
        milestones.forEach(time -> CutoverMilestone.of(cutover.id, cutover.windowRevision, time).persist());
        triggers.replace(cutover.id, cutover.windowRevision, milestones);

        String id = cutover.id.toString();
        if (first) {
            outbox.append(new GoLiveWindowScheduled(id, cutover.windowRevision, cutover.zone, milestones, by, now,
                    holidayChoice));
        } else {
            outbox.append(new GoLiveWindowRescheduled(id, cutover.windowRevision, cutover.zone, milestones,
                    previous, reason, by, now, holidayChoice));
        }
    }

    /** The names of the public holidays that close {@code window}, as {@link WindowEligibility} reads them. */
    private static List<String> holidayNames(GoLiveWindow window, ClosedDays closed) {
        LocalDate goNoGoDay = window.get(Milestone.GO_NO_GO).local().toLocalDate();
        LocalDate firstDay = window.downtimeStart().local().toLocalDate();
        LocalDate from = goNoGoDay.isBefore(firstDay) ? goNoGoDay : firstDay;
        LocalDate to = window.businessResume().local().toLocalDate();
        return closed.holidays().stream().filter(h -> !h.date().isBefore(from) && !h.date().isAfter(to))
                .map(PublicHoliday::name).distinct().toList();
    }

    private static void refuse(List<SkipReason> reasons) {
        List<SkipReason> timing = reasons.stream()
                .filter(r -> r.kind() == SkipReason.Kind.IN_THE_PAST
                        || r.kind() == SkipReason.Kind.BEFORE_MINIMUM_LEAD_TIME)
                .toList();
        if (!timing.isEmpty()) {
            throw ProblemException.invalid("downtimeStart",
                    timing.stream().map(SkipReason::detail).collect(Collectors.joining("; ")));
        }
        if (!reasons.isEmpty()) {
            boolean onlyHolidays = reasons.stream().allMatch(r -> r.kind() == SkipReason.Kind.HOLIDAY);
            throw ProblemException.conflict("window-not-eligible",
                    "This weekend cannot be used: " + reasons.stream().map(SkipReason::detail)
                            .collect(Collectors.joining("; "))
                            + (onlyHolidays ? ". To go live on it anyway, choose it with chooseHoliday and a reason" : ""),
                    reasons.stream().map(r -> r.kind() + ": " + r.detail()).toList());
        }
    }

    /** The weekends the same on-call team already holds with its other cutovers. */
    List<BusyWeekend> teamWeekends(Cutover cutover) {
        List<Cutover> others = Cutover.list("onCallTeam = ?1 and id <> ?2 and status in ?3 and downtimeStartLocal is not null",
                cutover.onCallTeam, cutover.id, HOLDING_A_WEEKEND);
        if (others.isEmpty()) {
            return List.of();
        }
        Map<UUID, Cutover> byId = others.stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
        List<CutoverMilestone> bounds = CutoverMilestone.list("cutoverId in ?1 and milestone in ?2",
                byId.keySet(), List.of(Milestone.DOWNTIME_START, Milestone.BUSINESS_RESUME));
        Map<UUID, Map<Milestone, Instant>> at = bounds.stream().collect(Collectors.groupingBy(m -> m.cutoverId,
                Collectors.toMap(m -> m.milestone, m -> m.at)));
        return at.entrySet().stream()
                .filter(e -> e.getValue().size() == 2)
                .map(e -> new BusyWeekend(e.getKey().toString(), byId.get(e.getKey()).name,
                        e.getValue().get(Milestone.DOWNTIME_START), e.getValue().get(Milestone.BUSINESS_RESUME)))
                .toList();
    }
}
