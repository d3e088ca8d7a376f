package dev.golive.messaging.testapp;

import dev.golive.contracts.cutover.CutoverCancelled;
import dev.golive.contracts.cutover.CutoverPlanned;
import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.contracts.cutover.CutoverUpdated;
import dev.golive.contracts.cutover.GoLivePolicy;
import dev.golive.contracts.cutover.GoLiveWindowRescheduled;
import dev.golive.contracts.cutover.GoLiveWindowScheduled;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.MilestoneTime;
import dev.golive.contracts.cutover.TimeRule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** cutover-planner's events of one cutover, as the tests need them. */
public final class Cutovers {

    public static final String ZONE = "Europe/London";

    public static CutoverPlanned planned(String cutoverId, String zone) {
        return new CutoverPlanned(cutoverId, "ERP 12 to 14", "Acme", "erp", 12, 14, List.of(13, 14), zone,
                "ops", GoLivePolicy.defaults(), List.of(), "olivia", Instant.parse("2026-03-02T09:00:00Z"));
    }

    public static CutoverUpdated updated(String cutoverId, String zone) {
        return new CutoverUpdated(cutoverId, List.of("zone"), "ERP 12 to 14", "Acme", "erp", 12, 14, List.of(13, 14),
                zone, "ops", GoLivePolicy.defaults(), List.of(), "olivia", Instant.parse("2026-03-03T09:00:00Z"));
    }

    /** A window whose downtime starts at {@code downtimeStart} and business resumes three days later. */
    public static GoLiveWindowScheduled scheduled(String cutoverId, int revision, String zone, Instant downtimeStart) {
        return new GoLiveWindowScheduled(cutoverId, revision, zone, milestones(zone, downtimeStart), "olivia",
                Instant.parse("2026-03-04T09:00:00Z"));
    }

    public static GoLiveWindowRescheduled rescheduled(String cutoverId, int revision, String zone, Instant downtimeStart) {
        return new GoLiveWindowRescheduled(cutoverId, revision, zone, milestones(zone, downtimeStart), List.of(),
                "moved a week", "olivia", Instant.parse("2026-03-05T09:00:00Z"));
    }

    public static CutoverCancelled cancelled(String cutoverId, Instant at) {
        return new CutoverCancelled(cutoverId, CutoverStatus.SCHEDULED, "client postponed", "olivia", at);
    }

    private static List<MilestoneTime> milestones(String zone, Instant downtimeStart) {
        return List.of(time(Milestone.DOWNTIME_START, downtimeStart, zone),
                time(Milestone.BUSINESS_RESUME, downtimeStart.plus(Duration.ofDays(3)), zone));
    }

    private static MilestoneTime time(Milestone milestone, Instant instant, String zone) {
        // The offset and local time are those of London: only the instants matter here, and an
        // invalid zone must reach the projection as the event's zone.
        ZoneId london = ZoneId.of(ZONE);
        return new MilestoneTime(milestone, instant.atZone(london).toLocalDateTime(), zone,
                london.getRules().getOffset(instant), instant, TimeRule.EXACT);
    }

    private Cutovers() {
    }
}
