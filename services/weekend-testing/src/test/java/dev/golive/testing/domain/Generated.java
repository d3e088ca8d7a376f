package dev.golive.testing.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Random planning inputs from a seed, for the planner's property tests: a testing window of 2 to
 * 40 hours (sometimes off the whole second), 0 to 8 testers knowing 1 to 3 areas with 0 to 3
 * slots each (reaching outside the window, touching, sometimes off the whole second), 0 to 30
 * scenarios with random areas, criticality and estimates, about a third depending on another
 * (acyclic by construction: only on one generated before it), given in shuffled order. Every
 * third seed is crowded instead: 1 to 4 testers and 20 to 40 scenarios over three areas, of 15
 * to 90 minutes, a fifth of them critical and half of them dependent.
 * The same seed always gives the same input.
 */
final class Generated {

    record Instance(long seed, List<Scenario> scenarios, List<Tester> testers, Instant testingStart, Instant testingEnd) {

        @Override
        public String toString() {
            return "seed " + seed + ": window [" + testingStart + ", " + testingEnd + ")\n  scenarios "
                    + scenarios.stream().map(s -> s.id() + "(" + s.area() + "," + s.criticality() + "," + s.estimatedMinutes()
                    + (s.dependsOn() == null ? "" : ",after " + s.dependsOn()) + ")").collect(Collectors.joining(" "))
                    + "\n  testers " + testers.stream().map(t -> t.id() + t.areas() + " max " + t.maxHours() + "h "
                    + t.availability().stream().map(s -> "[" + s.start() + "," + s.end() + ")").collect(Collectors.joining()))
                    .collect(Collectors.joining("\n          "));
        }
    }

    private static final Instant BASE = Weekend.TESTING_START;
    private static final BusinessArea[] AREAS = BusinessArea.values();

    private Generated() {
    }

    static Instance instance(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Instant start = BASE.plusSeconds(r.nextInt(0, 4 * 3600)).plusNanos(r.nextInt(4) == 0 ? r.nextInt(1, 1_000_000_000) : 0);
        Instant end = start.plus(Duration.ofMinutes(r.nextInt(120, 40 * 60 + 1)));
        // Every third seed is crowded: few testers, many scenarios, long chains — where the
        // planner has to make room by moving scenarios around.
        boolean crowded = seed % 3 == 2;
        List<Tester> testers = new ArrayList<>();
        int testerCount = crowded ? r.nextInt(1, 5) : r.nextInt(0, 9);
        for (int t = 0; t < testerCount; t++) {
            testers.add(tester(r, "t" + t, start, end, crowded));
        }
        int scenarioCount = crowded ? r.nextInt(20, 41) : r.nextInt(0, 31);
        List<Scenario> scenarios = new ArrayList<>();
        for (int i = 0; i < scenarioCount; i++) {
            String dependsOn = i > 0 && r.nextInt(crowded ? 2 : 3) == 0 ? "s" + r.nextInt(0, i) : null;
            int minutes = crowded ? 15 * r.nextInt(1, 7) : r.nextInt(5) == 0 ? r.nextInt(5, 481) : r.nextInt(5, 121);
            BusinessArea area = crowded ? AREAS[r.nextInt(3)] : AREAS[r.nextInt(AREAS.length)];
            boolean critical = crowded ? r.nextInt(5) == 0 : r.nextInt(5) < 2;
            scenarios.add(new Scenario("s" + i, "Scenario " + i, area,
                    critical ? Criticality.CRITICAL : Criticality.NORMAL, minutes, dependsOn));
        }
        Collections.shuffle(scenarios, new Random(r.nextLong()));
        return new Instance(seed, List.copyOf(scenarios), List.copyOf(testers), start, end);
    }

    private static Tester tester(SplittableRandom r, String id, Instant windowStart, Instant windowEnd, boolean crowded) {
        Set<BusinessArea> areas = EnumSet.noneOf(BusinessArea.class);
        int pool = crowded ? 3 : AREAS.length;
        int count = r.nextInt(1, crowded ? 3 : 4);
        while (areas.size() < count) {
            areas.add(AREAS[r.nextInt(pool)]);
        }
        // Slot boundaries: sorted random points from 3 h before the window to 3 h after it.
        long from = windowStart.minusSeconds(3 * 3600).getEpochSecond();
        long span = Duration.between(windowStart, windowEnd).getSeconds() + 6 * 3600;
        int slots = r.nextInt(0, 4);
        List<Instant> points = new ArrayList<>();
        for (int k = 0; k < 2 * slots; k++) {
            long minute = (from + r.nextLong(0, span)) / 60 * 60;
            points.add(Instant.ofEpochSecond(minute).plusNanos(r.nextInt(6) == 0 ? r.nextInt(1, 1_000_000_000) : 0));
        }
        Collections.sort(points);
        List<Slot> availability = new ArrayList<>();
        for (int k = 0; k + 1 < points.size(); k += 2) {
            Instant a = points.get(k);
            Instant b = points.get(k + 1);
            if (!availability.isEmpty() && r.nextInt(4) == 0) {
                a = availability.get(availability.size() - 1).end(); // touching the previous slot
            }
            if (a.isBefore(b)) {
                availability.add(new Slot(a, b));
            }
        }
        return new Tester(id, "Tester " + id, id, id + "@example.com", "Europe/Brussels", areas, availability,
                r.nextInt(1, 11));
    }
}
