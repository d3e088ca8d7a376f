package dev.golive.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.golive.contracts.CloudEventHeaders;
import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.MilestoneReached;
import dev.golive.e2e.FaultLoad;
import dev.golive.e2e.Platform;
import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.RawTopicReader;
import dev.golive.testkit.UserHttp;

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
import java.util.concurrent.atomic.AtomicInteger;
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
 * conflict; no holiday calendar; no minimum lead time), by parallel clients. Every window is then
 * scheduled hours ahead, which measures how long scheduling them takes (each scheduling also reaches
 * every other service, which schedules triggers of its own), and once the other services are done
 * with it, a due instant is chosen ahead by {@code golive.bench.milestones.margin} × that duration,
 * plus the time the other services took, plus 30 s, and every window is moved there. The later
 * milestones of those windows fall a day or more later, after the benchmark. If the due instant
 * still passes before the last window is moved, the round is "not measured" in the table, and the
 * benchmark goes on.
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
    /** How many times the first scheduling's duration the due instant is ahead of the move's start. */
    private static final double MARGIN = Double.parseDouble(System.getProperty("golive.bench.milestones.margin", "1.5"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Platform platform;
    private final Figures figures;
    private final Cpu cpu;
    private final int milestones = Integer.getInteger("golive.bench.milestones", 10_000);

    Milestones(Platform platform, Figures figures, Cpu cpu) {
        this.platform = platform;
        this.figures = figures;
        this.cpu = cpu;
    }

    void round(int round) throws Exception {
        Cpu cpu = this.cpu.and("cutover-planner (second instance)", platform.startSecondInstance("cutover-planner").pid());
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
        figures.add(SCENARIO, label + ": cutovers planned", "cutovers/s", perSecond(cutovers, planning));
        System.out.println("BENCH " + SCENARIO + ": " + cutovers + " cutovers planned in " + planning.toSeconds() + " s");
        if (round == 1) {
            figures.note(SCENARIO + ": " + cutovers + " cutovers planned through the API by " + CLIENTS + " clients; "
                    + "each window scheduled first hours ahead, then moved to one due instant chosen "
                    + MARGIN + " × that scheduling's duration + the time the other services took to be done with it "
                    + "+ 30 s ahead, with its staging refresh deadline, go/no-go and downtime start there (policy: 0 "
                    + "before downtime for both); two cutover-planner instances");
        }

        // The due instant must not pass before the last window is scheduled at it, and how long scheduling
        // takes is known only by doing it: each window's scheduling also reaches every other service, which
        // schedules triggers of its own, so its pace is not the planning's. Every window is scheduled first
        // at an instant hours ahead (its pace measured at full scale, and the other services' share of the
        // work waited for), then moved to a due instant chosen from that pace: the same work again, with margin.
        LocalDateTime far = farAhead(today);
        Instant firstBegan = Instant.now();
        parallel(cutovers, i -> {
            platform.api.put("cutover-planner", "/api/cutovers/" + ids.get(i) + "/window", OPS_LEAD,
                    Map.of("downtimeStart", far.toString(), "reason", "benchmark: far ahead first"), 200);
            return ids.get(i);
        });
        Duration firstScheduling = Duration.between(firstBegan, Instant.now());
        Instant calling = Instant.now();
        Quiet.await(platform, Duration.ofMinutes(5));
        Duration fanOut = Duration.between(calling, Instant.now());
        figures.add(SCENARIO, label + ": windows scheduled", "windows/s", perSecond(cutovers, firstScheduling));
        figures.add(SCENARIO, label + ": the other services done with the scheduling after", "s", seconds(fanOut));
        System.out.println("BENCH " + SCENARIO + ": " + cutovers + " windows scheduled at " + far + " in "
                + firstScheduling.toSeconds() + " s, the other services done with them " + fanOut.toSeconds() + " s later");
        // The idle rate is measured now: between the last move and the due instant there may be no time for it.
        CpuWindow idle = cpu.begin();

        Instant due = Instant.now().plusMillis((long) (firstScheduling.toMillis() * MARGIN)).plus(fanOut)
                .plusSeconds(30).truncatedTo(ChronoUnit.SECONDS);
        String downtime = LocalDateTime.ofInstant(due, ZONE).toString();
        Cpu.Used used;
        Set<String> ours = ConcurrentHashMap.newKeySet();
        ours.addAll(ids);
        // The window revision each cutover's move to the due instant was given: only its milestones count.
        Map<String, Integer> revisionOf = new ConcurrentHashMap<>();
        Map<String, List<long[]>> reached = new ConcurrentHashMap<>();
        String type = EventCatalog.MILESTONE_REACHED.name();
        try (TopicTail tail = new TopicTail(platform.kafka.bootstrapServers(), Topics.CUTOVER, r -> {
            if (!type.equals(RawTopicReader.header(r, CloudEventHeaders.TYPE))) {
                return;
            }
            MilestoneReached event = (MilestoneReached) CatalogEvents.decode(r);
            if (ours.contains(event.cutoverId()) && AT_DOWNTIME.contains(event.milestone())) {
                reached.computeIfAbsent(key(event.cutoverId(), event.milestone(), event.windowRevision()),
                                k -> Collections.synchronizedList(new ArrayList<>()))
                        .add(new long[]{event.reachedAt().toEpochMilli() - event.scheduledAt().toEpochMilli(),
                                r.timestamp() - event.scheduledAt().toEpochMilli()});
            }
        })) {
            Instant moving = Instant.now();
            AtomicInteger late = new AtomicInteger();
            parallel(cutovers, i -> {
                String id = ids.get(i);
                if (!Instant.now().isBefore(due)) {
                    late.incrementAndGet();
                    return id;
                }
                UserHttp.Answer answer = platform.api.attempt("PUT", "cutover-planner", "/api/cutovers/" + id + "/window",
                        OPS_LEAD, Map.of("downtimeStart", downtime, "reason", "benchmark: every milestone at one instant"));
                if (answer.status() == 200) {
                    revisionOf.put(id, revision(answer.body()));
                } else if (answer.status() == 422 && !Instant.now().isBefore(due)) {
                    // The planner refuses a downtime start that is no longer ahead: too late, not wrong.
                    late.incrementAndGet();
                } else {
                    throw new AssertionError(SCENARIO + ": moving the window of " + id + " to " + downtime + ": "
                            + answer.status() + " " + answer.body());
                }
                return id;
            });
            Instant moved = Instant.now();
            if (late.get() > 0) {
                notMeasured(round, label, late.get(), cutovers, Duration.between(moving, moved), due);
                // The windows moved in time still fire at the due instant: let that pass before the next round.
                Duration left = Duration.between(Instant.now(), due.plusSeconds(30));
                await(label + ": the due instant passed").atMost(left.plusSeconds(10)).pollInterval(Duration.ofSeconds(1))
                        .until(() -> Instant.now().isAfter(due.plusSeconds(30)));
                return;
            }
            Duration headroom = Duration.between(moved, due);
            figures.add(SCENARIO, label + ": windows moved to the due instant", "windows/s",
                    perSecond(cutovers, Duration.between(moving, moved)));
            figures.add(SCENARIO, label + ": the due instant after the last window moved", "s", seconds(headroom));
            System.out.println("BENCH " + SCENARIO + ": " + cutovers + " windows moved in "
                    + Duration.between(moving, moved).toSeconds() + " s, " + expected + " milestones due at " + due
                    + " (in " + headroom.toSeconds() + " s)");
            await(label + ": the due instant").atMost(headroom.plusSeconds(5)).pollInterval(Duration.ofMillis(20))
                    .until(() -> !Instant.now().isBefore(due));
            // From the due instant until every service is done with the burst; what is left of the moves'
            // work by then (with a headroom of seconds, little) is in it too.
            CpuWindow burst = idle.startingNow();
            try {
                await(label + ": every milestone reached").atMost(headroom.plusMinutes(3))
                        .pollInterval(Duration.ofMillis(500))
                        .until(() -> revisionOf.entrySet().stream().allMatch(e -> AT_DOWNTIME.stream()
                                .allMatch(m -> reached.containsKey(key(e.getKey(), m, e.getValue())))));
            } catch (org.awaitility.core.ConditionTimeoutException notAll) {
                // Counted below as missing.
            }
            // A second firing of the same milestone (the other instance) would come late.
            LateCopies.watch(Duration.ofSeconds(5), () -> reached.values().stream().anyMatch(f -> f.size() > 1));
            used = cpu.end(burst);
        }
        // Each milestone of the window at the due instant once; a firing of the window it replaced (hours
        // ahead, its triggers removed by the move) would be a milestone reached twice, and counts as such.
        int missing = 0;
        int duplicates = 0;
        List<Double> fired = new ArrayList<>();
        List<Double> onTopic = new ArrayList<>();
        Set<String> counted = new java.util.HashSet<>();
        for (Map.Entry<String, Integer> window : revisionOf.entrySet()) {
            for (Milestone milestone : AT_DOWNTIME) {
                String key = key(window.getKey(), milestone, window.getValue());
                List<long[]> firings = reached.get(key);
                counted.add(key);
                if (firings == null) {
                    missing++;
                } else {
                    duplicates += firings.size() - 1;
                    fired.add((double) firings.get(0)[0]);
                    onTopic.add((double) firings.get(0)[1]);
                }
            }
        }
        for (Map.Entry<String, List<long[]>> other : reached.entrySet()) {
            if (!counted.contains(other.getKey())) {
                duplicates += other.getValue().size();
            }
        }
        figures.add(SCENARIO, label + ": milestones missing", "milestones", missing);
        figures.add(SCENARIO, label + ": milestones duplicated", "milestones", duplicates);
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
        cpu.record(figures, SCENARIO, label, "milestone", expected, used);
        if (missing > 0 || duplicates > 0) {
            throw new AssertionError(label + ": " + missing + " milestones never reached, " + duplicates + " reached twice");
        }
    }

    /**
     * The due instant passed while windows were still being moved to it: the burst would not be at one
     * instant, so it is not measured, and said so in the table, and the other scenarios' figures stand.
     */
    private void notMeasured(int round, String label, int late, int cutovers, Duration moving, Instant due) {
        String why = "round " + round + ": the due instant " + due + " passed with " + late + " of " + cutovers
                + " windows still to move to it (moving took " + moving.toSeconds() + " s, more than "
                + MARGIN + " × the first scheduling; raise golive.bench.milestones.margin)";
        System.out.println("BENCH " + SCENARIO + ": not measured: " + why);
        figures.add(SCENARIO, label + ": not measured: windows not moved before the due instant", "windows", late);
        figures.note(SCENARIO + ": not measured in " + why);
    }

    /**
     * Where every window is scheduled first: six hours ahead, but no later than 09:00 the day after the
     * planning, so that the weekend of {@link #policy} (testing ends at noon that day) still follows it.
     */
    private static LocalDateTime farAhead(LocalDateTime today) {
        LocalDateTime sixHours = LocalDateTime.now(ZONE).plusHours(6).truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime latest = today.toLocalDate().plusDays(1).atTime(9, 0);
        return sixHours.isBefore(latest) ? sixHours : latest;
    }

    private static String key(String cutoverId, Milestone milestone, int windowRevision) {
        return cutoverId + " " + milestone + " " + windowRevision;
    }

    private static int revision(String cutoverView) {
        try {
            return JSON.readTree(cutoverView).path("window").path("revision").asInt();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("not a cutover: " + cutoverView, e);
        }
    }

    private static double perSecond(int count, Duration took) {
        return count / Math.max(0.001, took.toMillis() / 1000.0);
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
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
