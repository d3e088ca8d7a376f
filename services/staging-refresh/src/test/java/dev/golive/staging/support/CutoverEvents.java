package dev.golive.staging.support;

import dev.golive.contracts.CloudEventHeaders;
import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.EventCodec;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.Topics;
import dev.golive.contracts.cutover.CutoverCancelled;
import dev.golive.contracts.cutover.CutoverPlanned;
import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.contracts.cutover.CutoverUpdated;
import dev.golive.contracts.cutover.GoLivePolicy;
import dev.golive.contracts.cutover.GoLiveWindowRescheduled;
import dev.golive.contracts.cutover.GoLiveWindowScheduled;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.MilestoneReached;
import dev.golive.contracts.cutover.MilestoneTime;
import dev.golive.contracts.cutover.TimeRule;
import dev.golive.testkit.DemoUsers;
import dev.golive.testkit.RawTopic;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/** Cutover events as cutover-planner writes them, put raw on {@code golive.cutover.v1} for the service to consume. */
public final class CutoverEvents {

    public static final String ZONE = "Europe/London";

    /** The announcement of a cutover the demo team takes part in (each user in its realm role). */
    public static CutoverPlanned planned(String cutoverId, int source, int target, Duration expectedDowntime) {
        GoLivePolicy policy = policy(expectedDowntime);
        return new CutoverPlanned(cutoverId, "Odoo " + source + " to " + target + " for Acme", "Acme Trading", "Odoo",
                source, target, IntStream.rangeClosed(source, target).boxed().toList(), ZONE, "team-blue", policy,
                List.of(), "olivia", Instant.now(), DemoUsers.team());
    }

    public static CutoverUpdated updated(String cutoverId, int source, int target, Duration expectedDowntime,
                                         String zone) {
        return new CutoverUpdated(cutoverId, List.of("zone"), "Odoo for Acme", "Acme Trading", "Odoo", source, target,
                IntStream.rangeClosed(source, target).boxed().toList(), zone, "team-blue", policy(expectedDowntime),
                List.of(), "olivia", Instant.now());
    }

    public static GoLiveWindowScheduled scheduled(String cutoverId, int revision, Instant refreshDeadline,
                                                  Instant downtimeStart) {
        return new GoLiveWindowScheduled(cutoverId, revision, ZONE, milestones(refreshDeadline, downtimeStart),
                "olivia", Instant.now());
    }

    public static GoLiveWindowRescheduled rescheduled(String cutoverId, int revision, Instant refreshDeadline,
                                                      Instant downtimeStart) {
        return new GoLiveWindowRescheduled(cutoverId, revision, ZONE, milestones(refreshDeadline, downtimeStart),
                List.of(), "moved a week", "olivia", Instant.now());
    }

    public static CutoverCancelled cancelled(String cutoverId) {
        return new CutoverCancelled(cutoverId, CutoverStatus.SCHEDULED, "client postponed", "olivia", Instant.now());
    }

    private static GoLivePolicy policy(Duration expectedDowntime) {
        GoLivePolicy d = GoLivePolicy.defaults();
        return new GoLivePolicy(d.downtimeDay(), d.downtimeStartTime(), expectedDowntime, d.technicalReview(),
                d.weekendTestingEndDay(), d.weekendTestingEndTime(), d.businessResumeDay(), d.businessResumeTime(),
                d.restoreDuration(), d.revalidationBuffer(), d.minimumLeadTime(), d.stagingRefreshBeforeDowntime(),
                d.goNoGoBeforeDowntime());
    }

    /** {@code milestone} of window {@code revision}, due at {@code at}, reached on time. */
    public static MilestoneReached reached(String cutoverId, int revision, Milestone milestone, Instant at) {
        return new MilestoneReached(cutoverId, revision, milestone, at, at, false, 0, time(milestone, at));
    }

    private static List<MilestoneTime> milestones(Instant refreshDeadline, Instant downtimeStart) {
        return List.of(time(Milestone.STAGING_REFRESH_DEADLINE, refreshDeadline),
                time(Milestone.DOWNTIME_START, downtimeStart));
    }

    private static MilestoneTime time(Milestone milestone, Instant instant) {
        ZoneId zone = ZoneId.of(ZONE);
        return new MilestoneTime(milestone, instant.atZone(zone).toLocalDateTime(), ZONE,
                zone.getRules().getOffset(instant), instant, TimeRule.EXACT);
    }

    private CutoverEvents() {
    }
}
