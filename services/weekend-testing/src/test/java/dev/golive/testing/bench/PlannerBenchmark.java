package dev.golive.testing.bench;

import dev.golive.testing.domain.BusinessArea;
import dev.golive.testing.domain.Criticality;
import dev.golive.testing.domain.GreedyPlanner;
import dev.golive.testing.domain.Plan;
import dev.golive.testing.domain.PlanCheck;
import dev.golive.testing.domain.PlanQuality;
import dev.golive.testing.domain.Scenario;
import dev.golive.testing.domain.Slot;
import dev.golive.testing.domain.TestPlanner;
import dev.golive.testing.domain.Tester;
import dev.golive.testing.domain.Unassignable;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Compares {@link TestPlanner} with the first-fit {@link GreedyPlanner} on a large weekend: 1,000
 * scenarios and 200 testers from a fixed seed. Not a test (the suite never runs it): a {@code main}
 * that plans {@value #WARM_UPS} times unmeasured, then {@value #RUNS} times measured, and prints the
 * median time of each planner and the quality figures of its plan side by side.
 *
 * <p>Run it after {@code mvn test-compile} (or any {@code mvn test}) of the module; it needs
 * nothing but its own and the domain's classes:
 * <pre>
 * java -cp services/weekend-testing/target/classes:services/weekend-testing/target/test-classes \
 *     dev.golive.testing.bench.PlannerBenchmark [seed]
 * </pre>
 *
 * <p>The weekend: testing from Saturday 07:00 to Sunday 18:00 UTC (35 h). Each tester knows 1 to
 * 3 areas (sales, inventory and invoicing more often), has 1 to 3 slots of 2 to 8 hours (some
 * starting before the window or running past it). About 30 % of the scenarios are critical;
 * estimates are 15 to 120 minutes, a few up to 4 hours; about 20 % depend on an earlier scenario
 * (within the 50 before it). Demand is about 950 tester-hours. Two profiles of the same scenarios
 * and slots: <em>tight</em>, each tester's maximum 2 to 7 hours (about 900 hours in all, unevenly
 * spread over the areas: some scenarios are left out, and the planners differ in which), and
 * <em>ample</em>, 3 to 10 hours (about 1,300 hours: nearly everything fits, and the planners differ
 * in when and how evenly).
 */
public final class PlannerBenchmark {

    static final int SCENARIOS = 1_000;
    static final int TESTERS = 200;
    static final int WARM_UPS = 2;
    static final int RUNS = 5;
    static final Instant TESTING_START = Instant.parse("2026-06-13T07:00:00Z");
    static final Instant TESTING_END = Instant.parse("2026-06-14T18:00:00Z");

    private static final BusinessArea[] WEIGHTED_AREAS = {
        BusinessArea.SALES, BusinessArea.SALES, BusinessArea.SALES, BusinessArea.INVENTORY, BusinessArea.INVENTORY,
        BusinessArea.INVENTORY, BusinessArea.INVOICING, BusinessArea.INVOICING, BusinessArea.PURCHASE, BusinessArea.PURCHASE,
        BusinessArea.MANUFACTURING, BusinessArea.REPORTING, BusinessArea.REPORTING, BusinessArea.WEBSITE, BusinessArea.OTHER};
    private static final int[] MINUTES = {15, 20, 30, 30, 45, 45, 60, 60, 90, 120};

    private PlannerBenchmark() {
    }

    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 20260613L;
        System.out.printf("Planner benchmark: %d scenarios, %d testers, seed %d, window %s .. %s, %d warm-ups + %d runs%n",
                SCENARIOS, TESTERS, seed, TESTING_START, TESTING_END, WARM_UPS, RUNS);
        System.out.printf("java %s, %d processors%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        compare("tight: maximum 2 to 7 h per tester (demand above capacity)", seed, 2, 6);
        compare("ample: maximum 3 to 10 h per tester (demand below capacity)", seed, 3, 8);
    }

    private static void compare(String profile, long seed, int minHours, int hoursRange) {
        Random random = new Random(seed);
        List<Scenario> scenarios = scenarios(random);
        List<Tester> testers = testers(random, minHours, hoursRange);

        Result smart = measure(() -> TestPlanner.plan(scenarios, testers, TESTING_START, TESTING_END));
        Result greedy = measure(() -> GreedyPlanner.plan(scenarios, testers, TESTING_START, TESTING_END));
        for (Result r : List.of(smart, greedy)) {
            List<?> broken = PlanCheck.check(r.plan, scenarios, testers, TESTING_START, TESTING_END);
            if (!broken.isEmpty()) {
                throw new IllegalStateException("a plan broke a hard constraint: " + broken.subList(0, Math.min(5, broken.size())));
            }
        }
        PlanQuality q1 = PlanQuality.of(smart.plan, scenarios, testers, TESTING_START);
        PlanQuality q2 = PlanQuality.of(greedy.plan, scenarios, testers, TESTING_START);

        System.out.printf("%n%s%n", profile);
        row("", "TestPlanner", "GreedyPlanner");
        row("median time (ms)", fmt(smart.medianMillis), fmt(greedy.medianMillis));
        row("times (ms)", smart.times(), greedy.times());
        row("assigned", q1.assigned() + " / " + q1.scenarios(), q2.assigned() + " / " + q2.scenarios());
        row("critical assigned", q1.criticalAssigned() + " / " + q1.criticalTotal(),
                q2.criticalAssigned() + " / " + q2.criticalTotal());
        row("latest critical end", offset(q1.latestCriticalEnd()), offset(q2.latestCriticalEnd()));
        row("mean critical end (h after start)", hours(q1.meanCriticalEndOffset()), hours(q2.meanCriticalEndOffset()));
        row("load spread (min)", String.valueOf(q1.loadSpreadMinutes()), String.valueOf(q2.loadSpreadMinutes()));
        row("load std dev (min)", fmt(stdDev(smart.plan, testers)), fmt(stdDev(greedy.plan, testers)));
        Map<Unassignable.Reason, Integer> r1 = reasons(smart.plan);
        Map<Unassignable.Reason, Integer> r2 = reasons(greedy.plan);
        for (Unassignable.Reason reason : Unassignable.Reason.values()) {
            row("  " + reason, String.valueOf(r1.getOrDefault(reason, 0)), String.valueOf(r2.getOrDefault(reason, 0)));
        }
    }

    private record Result(Plan plan, double medianMillis, double[] millis) {
        String times() {
            return String.join(" ", Arrays.stream(millis).mapToObj(PlannerBenchmark::fmt).toList());
        }
    }

    private static Result measure(Supplier<Plan> planner) {
        Plan plan = null;
        for (int i = 0; i < WARM_UPS; i++) {
            plan = planner.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            plan = planner.get();
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Result(plan, sorted[RUNS / 2], millis);
    }

    static List<Scenario> scenarios(Random r) {
        List<Scenario> scenarios = new ArrayList<>();
        for (int i = 0; i < SCENARIOS; i++) {
            int minutes = r.nextInt(20) == 0 ? 150 + r.nextInt(91) : MINUTES[r.nextInt(MINUTES.length)];
            String dependsOn = i > 0 && r.nextInt(5) == 0 ? "s" + Math.max(0, i - 1 - r.nextInt(50)) : null;
            scenarios.add(new Scenario("s" + i, "Scenario " + i, WEIGHTED_AREAS[r.nextInt(WEIGHTED_AREAS.length)],
                    r.nextInt(10) < 3 ? Criticality.CRITICAL : Criticality.NORMAL, minutes, dependsOn));
        }
        return scenarios;
    }

    static List<Tester> testers(Random r, int minHours, int hoursRange) {
        List<Tester> testers = new ArrayList<>();
        Random hours = new Random(r.nextLong()); // apart, so both profiles get the same areas and slots
        long windowHours = Duration.between(TESTING_START, TESTING_END).toHours();
        for (int t = 0; t < TESTERS; t++) {
            Set<BusinessArea> areas = EnumSet.noneOf(BusinessArea.class);
            int count = 1 + r.nextInt(3);
            while (areas.size() < count) {
                areas.add(WEIGHTED_AREAS[r.nextInt(WEIGHTED_AREAS.length)]);
            }
            List<Slot> slots = new ArrayList<>();
            Instant cursor = TESTING_START.minus(Duration.ofHours(2)).plus(Duration.ofMinutes(30L * r.nextInt(12)));
            int slotCount = 1 + r.nextInt(3);
            for (int k = 0; k < slotCount; k++) {
                Instant start = cursor.plus(Duration.ofMinutes(30L * r.nextInt((int) windowHours)));
                Instant end = start.plus(Duration.ofMinutes(120 + 30L * r.nextInt(13)));
                slots.add(new Slot(start, end));
                cursor = end;
            }
            testers.add(new Tester("t" + t, "Tester " + t, "tester" + t, "tester" + t + "@example.com", "Europe/Brussels",
                    areas, slots, minHours + hours.nextInt(hoursRange)));
        }
        return testers;
    }

    private static Map<Unassignable.Reason, Integer> reasons(Plan plan) {
        Map<Unassignable.Reason, Integer> counts = new EnumMap<>(Unassignable.Reason.class);
        plan.unassignable().forEach(u -> counts.merge(u.reason(), 1, Integer::sum));
        return counts;
    }

    private static double stdDev(Plan plan, List<Tester> testers) {
        Map<String, Long> minutes = plan.minutesByTester();
        double[] loads = testers.stream().mapToDouble(t -> minutes.getOrDefault(t.id(), 0L)).toArray();
        double mean = Arrays.stream(loads).average().orElse(0);
        return Math.sqrt(Arrays.stream(loads).map(l -> (l - mean) * (l - mean)).average().orElse(0));
    }

    private static String offset(Instant end) {
        return end == null ? "-" : end + " (+" + hours(Duration.between(TESTING_START, end)) + " h)";
    }

    private static String hours(Duration d) {
        return d == null ? "-" : String.format("%.2f", d.toSeconds() / 3600.0);
    }

    private static String fmt(double d) {
        return String.format("%.1f", d);
    }

    private static void row(String label, String a, String b) {
        System.out.printf("%-34s %-36s %-36s%n", label, a, b);
    }
}
