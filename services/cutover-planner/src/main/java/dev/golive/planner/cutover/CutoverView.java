package dev.golive.planner.cutover;

import dev.golive.contracts.cutover.Blackout;
import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.contracts.cutover.GoLivePolicy;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.TimeRule;
import dev.golive.planner.domain.StatusTransitions;
import dev.golive.planner.milestone.CutoverMilestone;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A cutover as the API shows it. */
public record CutoverView(UUID id, String name, String client, Erp erp, String zone, String onCallTeam,
                          GoLivePolicy policy, List<Blackout> blackouts, CutoverStatus status,
                          Set<CutoverStatus> nextStatuses, Window window, Observed observed, Instant createdAt,
                          Instant updatedAt, long version, HolidayCalendar holidayCalendar,
                          HolidayChoice holidayChoice) {

    /** Whose public holidays close the weekends; null: no holiday calendar. */
    public record HolidayCalendar(String country, String subdivision) {
    }

    /** The chosen weekend covers these holidays, chosen explicitly by an ops lead for this reason; null otherwise. */
    public record HolidayChoice(List<String> holidays, String reason, String by) {
    }

    /**
     * What the weekend did as the runbook observed it (null until observed), beside the milestones
     * that plan it: a plan and an observation are different fields.
     */
    public record Observed(Instant downtimeStartedAt, Instant systemBackAt, Instant businessResumedAt) {
    }

    public record Erp(String product, int sourceVersion, int targetVersion, List<Integer> upgradePath) {
    }

    public record Window(int revision, LocalDateTime downtimeStart, String zone, List<MilestoneView> milestones) {
    }

    public record MilestoneView(Milestone milestone, LocalDateTime local, String zone, String offset,
                                Instant instant, TimeRule rule, Instant reachedAt, Long latenessMillis) {
        static MilestoneView of(CutoverMilestone m) {
            return new MilestoneView(m.milestone, m.localTime, m.zone, m.utcOffset, m.at, m.rule, m.reachedAt,
                    m.latenessMillis);
        }
    }

    public static CutoverView of(Cutover c) {
        Window window = null;
        if (c.downtimeStartLocal != null) {
            window = new Window(c.windowRevision, c.downtimeStartLocal, c.zone,
                    CutoverMilestone.ofCutover(c.id).stream().map(MilestoneView::of).toList());
        }
        return new CutoverView(c.id, c.name, c.client,
                new Erp(c.erpProduct, c.sourceVersion, c.targetVersion, c.upgradePathVersions()),
                c.zone, c.onCallTeam, c.policy, c.blackoutList(), c.status, StatusTransitions.next(c.status),
                window, new Observed(c.downtimeStartedAt, c.systemBackAt, c.businessResumedAt), c.createdAt,
                c.updatedAt, c.version,
                c.country == null ? null : new HolidayCalendar(c.country, c.subdivision),
                c.holidaysChosen == null ? null : new HolidayChoice(List.of(c.holidaysChosen.split("; ")),
                        c.holidayChoiceReason, c.holidayChoiceBy));
    }
}
