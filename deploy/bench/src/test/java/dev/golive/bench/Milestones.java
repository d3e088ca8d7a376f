package dev.golive.bench;

import dev.golive.contracts.CloudEventHeaders;
import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.MilestoneReached;
import dev.golive.e2e.FaultLoad;
import dev.golive.e2e.Platform;
import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.RawTopicReader;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static org.awaitility.Awaitility.await;

/**
 * Scenario 7: a burst of milestones due at one instant, with cutover-planner running two instances
 * (the second started for this scenario, sharing the first's database and clustered Quartz store).
 *
 * <p>How the burst is built through the real API: a policy may put the staging refresh deadline and
 * the go/no-go at the downtime start ({@code stagingRefreshBeforeDowntime} = {@code goNoGoBeforeDowntime}
 * = 0), so one scheduled window has three milestones at its downtime start. {@code ceil(n / 3)}
 * cutovers are planned with that policy (each its own on-call team, so their weekends do not
 * conflict; no holiday calendar; no minimum lead time), by parallel clients; then a due instant is
 * chosen far enough ahead for their windows to be scheduled at it (the planning's pace tells how
 * long that takes), and every window is scheduled with its downtime start there. The later
 * milestones of those windows fall a day or more later, after the benchmark.
 *
 * <p>Every {@code MilestoneReached} of those cutovers on the cutover topic is counted by (cutover,
 * milestone, window revision): exactly one each, or the run fails. Lateness from the due instant to
 * the firing ({@code reachedAt}, the planner's clock) and to the record on the topic (broker
 * timestamp, after the outbox relay), p50/p99/max.
 */
final class Milestones {

    static final String SCENARIO = "7 milestones due at once";
    private static final Set<Milestone> AT_DOWNTIME = EnumSet.of(Milestone.STAGING_REFRESH_DEADLINE,
            Milestone.GO_NO_GO, Milestone.DOWNTIME_START);
    private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
    private static final int CLIENTS = Integer.getInteger("golive.bench.milestones.clients", 8);

    private final Platform platform;
    private final Figures figures;
    private final int milestones = Integer.getInteger("golive.bench.milestones", 10_000);

    Milestones(Platform platform, Figures figures) {
        this.platform = platform;
        this.figures = figures;
    }

    void round(int round) throws Exception {
        platform.startSecondInstance("cutover-planner");
        int cutovers = (milestones + AT_DOWNTIME.size() - 1) / AT_DOWNTIME.size();
        int expected = cutovers * AT_DOWNTIME.size();
        String label = expected + " due at once, 2 planners";
        Instant planningBegan = Instant.now();
        LocalDateTime today = LocalDateTime.now(ZONE);
        List<String> ids = parallel(cutovers, i -> {
            String name = "bench-ms-" + round + "-" + i;
            Map<String, Object> body = FaultLoad.plan(name, "Bench milestone team " + round + "-" + i);
            body.put("policy", policy(today));
            return platform.api.post("cutover-planner", "/api/cutovers", OPS_LEAD, body, 201).get("id").asText();
        });
        Duration planning = Duration.between(planningBegan, Instant.now());
        System.out.println("BENCH " + SCENARIO + ": " + cutovers + " cutovers planned in " + planning.toSeconds() + " s");
        // Scheduling the windows (a team lock, the window's milestone rows and Quartz triggers) was seen to
        // take 2.5-3.5 times what planning the cutovers did: four times the planning, and a margin.
        Instant due = Instant.now().plus(planning.multipliedBy(4)).plusSeconds(30).truncatedTo(ChronoUnit.SECONDS);
        String downtime = LocalDateTime.ofInstant(due, ZONE).toString();
        Set<String> ours = ConcurrentHashMap.newKeySet();
        ours.addAll(ids);
        Map<String, List<long[]>> reached = new ConcurrentHashMap<>();
        String type = EventCatalog.MILESTONE_REACHED.name();
        try (TopicTail tail = new TopicTail(platform.kafka.bootstrapServers(), Topics.CUTOVER, r -> {
            if (!type.equals(RawTopicReader.header(r, CloudEventHeaders.TYPE))) {
                return;
            }
            MilestoneReached event = (MilestoneReached) CatalogEvents.decode(r);
            if (ours.contains(event.cutoverId()) && AT_DOWNTIME.contains(event.milestone())) {
                reached.computeIfAbsent(event.cutoverId() + " " + event.milestone() + " " + event.windowRevision(),
                                k -> Collections.synchronizedList(new ArrayList<>()))
                        .add(new long[]{event.reachedAt().toEpochMilli() - event.scheduledAt().toEpochMilli(),
                                r.timestamp() - event.scheduledAt().toEpochMilli()});
            }
        })) {
            Instant scheduling = Instant.now();
            parallel(ids.size(), i -> {
                platform.api.put("cutover-planner", "/api/cutovers/" + ids.get(i) + "/window", OPS_LEAD,
                        Map.of("downtimeStart", downtime, "reason", "benchmark"), 200);
                return ids.get(i);
            });
            Instant scheduled = Instant.now();
            if (!scheduled.isBefore(due)) {
                throw new AssertionError(SCENARIO + ": scheduling the " + cutovers + " windows ended at " + scheduled
                        + ", after their due instant " + due + ": the burst would not be at one instant");
            }
            System.out.println("BENCH " + SCENARIO + ": " + cutovers + " windows scheduled in "
                    + Duration.between(scheduling, scheduled).toSeconds() + " s, " + expected
                    + " milestones due at " + due + " (in " + Duration.between(scheduled, due).toSeconds() + " s)");
            try {
                await(label + ": every milestone reached").atMost(Duration.between(Instant.now(), due).plusMinutes(3))
                        .pollInterval(Duration.ofMillis(500))
                        .until(() -> reached.size() >= expected);
            } catch (org.awaitility.core.ConditionTimeoutException notAll) {
                // Counted below as missing.
            }
            // A second firing of the same milestone (the other instance) would come late: give it a moment to show.
            await().pollDelay(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10)).until(() -> true);
        }
        int duplicates = reached.values().stream().mapToInt(l -> l.size() - 1).sum();
        int missing = expected - reached.size();
        figures.add(SCENARIO, label + ": milestones missing", "milestones", missing);
        figures.add(SCENARIO, label + ": milestones duplicated", "milestones", duplicates);
        List<Double> fired = new ArrayList<>();
        List<Double> onTopic = new ArrayList<>();
        reached.values().forEach(l -> {
            fired.add((double) l.get(0)[0]);
            onTopic.add((double) l.get(0)[1]);
        });
        Collections.sort(fired);
        Collections.sort(onTopic);
        if (!fired.isEmpty()) {
            figures.add(SCENARIO, label + ": due→fired p50", "ms", Figures.percentile(fired, 0.5));
            figures.add(SCENARIO, label + ": due→fired p99", "ms", Figures.percentile(fired, 0.99));
            figures.add(SCENARIO, label + ": due→fired max", "ms", fired.get(fired.size() - 1));
            figures.add(SCENARIO, label + ": due→on the topic p50", "ms", Figures.percentile(onTopic, 0.5));
            figures.add(SCENARIO, label + ": due→on the topic p99", "ms", Figures.percentile(onTopic, 0.99));
            figures.add(SCENARIO, label + ": due→on the topic max", "ms", onTopic.get(onTopic.size() - 1));
        }
        figures.note(SCENARIO + ": " + cutovers + " cutovers planned through the API (" + CLIENTS + " clients, "
                + planning.toSeconds() + " s), each window scheduled with its staging refresh deadline, go/no-go "
                + "and downtime start at one instant (policy: 0 before downtime for both); two cutover-planner instances");
        if (missing > 0 || duplicates > 0) {
            throw new AssertionError(label + ": " + missing + " milestones never reached, " + duplicates + " reached twice");
        }
    }

    /**
     * The policy of a burst cutover: staging refresh deadline and go/no-go at the downtime start, no
     * lead time; weekend testing ends a day after {@code today}'s date and business resumes two days after,
     * so the weekend stays within the 8 days a window may span.
     */
    private static Map<String, Object> policy(LocalDateTime today) {
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("minimumLeadTime", "PT0S");
        policy.put("stagingRefreshBeforeDowntime", "PT0S");
        policy.put("goNoGoBeforeDowntime", "PT0S");
        policy.put("expectedDowntime", "PT1H");
        policy.put("technicalReview", "PT1H");
        policy.put("weekendTestingEndDay", today.plusDays(1).getDayOfWeek().name());
        policy.put("weekendTestingEndTime", "12:00:00");
        policy.put("businessResumeDay", today.plusDays(2).getDayOfWeek().name());
        policy.put("businessResumeTime", "12:00:00");
        policy.put("restoreDuration", "PT3H");
        policy.put("revalidationBuffer", "PT1H");
        return policy;
    }

    /** {@code call(0..count-1)} on {@link #CLIENTS} threads; the answers in order. Fails on the first failure. */
    private static List<String> parallel(int count, IntFunction<String> call) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                answers.add(clients.submit(() -> call.apply(n)));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> answer : answers) {
                ids.add(answer.get());
            }
            return ids;
        } finally {
            clients.shutdownNow();
        }
    }
}
