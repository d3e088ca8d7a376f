package dev.golive.integration.support;

import dev.golive.contracts.CloudEventHeaders;
import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.EventCodec;
import dev.golive.contracts.EventType;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.cutover.CutoverCancelled;
import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.contracts.cutover.GoLiveWindowRescheduled;
import dev.golive.contracts.cutover.GoLiveWindowScheduled;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.MilestoneReached;
import dev.golive.contracts.cutover.MilestoneTime;
import dev.golive.contracts.cutover.TimeRule;
import dev.golive.contracts.cutover.WeekendFact;
import dev.golive.contracts.cutover.WeekendFactObserved;
import dev.golive.contracts.staging.SummaryItemRaised;
import dev.golive.testkit.RawTopic;
import dev.golive.testkit.RawTopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Events of other services as they write them — cutover-planner's window events and staging-refresh's
 * summary items — put raw on their topics, and this service's events read back from the broker.
 */
public final class Events {

    public static final String ZONE = "Europe/London";
    /** The system is expected back this long after the downtime starts. */
    public static final Duration DOWNTIME = Duration.ofHours(4);

    public static Instant inDays(int days) {
        return Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.SECONDS);
    }

    public static GoLiveWindowScheduled scheduled(String cutoverId, int revision, Instant downtimeStart) {
        return new GoLiveWindowScheduled(cutoverId, revision, ZONE, milestones(downtimeStart), "olivia", Instant.now());
    }

    public static GoLiveWindowRescheduled rescheduled(String cutoverId, int revision, Instant downtimeStart) {
        return new GoLiveWindowRescheduled(cutoverId, revision, ZONE, milestones(downtimeStart), List.of(),
                "moved a week", "olivia", Instant.now());
    }

    /** cutover-planner's word that the runbook saw the production upgrade finish at {@code observedAt}. */
    public static WeekendFactObserved systemBackObserved(String cutoverId, int revision, Instant observedAt,
                                                         Instant plannedAt) {
        return new WeekendFactObserved(cutoverId, revision, WeekendFact.SYSTEM_BACK, observedAt, plannedAt,
                UUID.randomUUID().toString(), "Upgrade production", "olivia", Instant.now());
    }

    /** The planned instant of the system's return came (which says nothing of whether it is back). */
    public static MilestoneReached systemBackExpected(String cutoverId, int revision, Instant expected) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return new MilestoneReached(cutoverId, revision, Milestone.SYSTEM_BACK_EXPECTED, expected, now, false,
                Math.max(0, Duration.between(expected, now).toMillis()), time(Milestone.SYSTEM_BACK_EXPECTED, expected));
    }

    public static CutoverCancelled cancelled(String cutoverId) {
        return new CutoverCancelled(cutoverId, CutoverStatus.SCHEDULED, "client postponed", "olivia", Instant.now());
    }

    public static SummaryItemRaised changedField(String cutoverId, String model, String field, String description) {
        return new SummaryItemRaised(cutoverId, UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                "CHANGED_FIELD", model, field, description, "nina", Instant.now());
    }

    private static List<MilestoneTime> milestones(Instant downtimeStart) {
        return List.of(time(Milestone.DOWNTIME_START, downtimeStart),
                time(Milestone.SYSTEM_BACK_EXPECTED, downtimeStart.plus(DOWNTIME)));
    }

    private static MilestoneTime time(Milestone milestone, Instant instant) {
        ZoneId zone = ZoneId.of(ZONE);
        TimeRule rule = milestone == Milestone.DOWNTIME_START ? TimeRule.EXACT : TimeRule.ELAPSED_FROM_PREVIOUS;
        return new MilestoneTime(milestone, instant.atZone(zone).toLocalDateTime(), ZONE,
                zone.getRules().getOffset(instant), instant, rule);
    }

    private Events() {
    }
}
