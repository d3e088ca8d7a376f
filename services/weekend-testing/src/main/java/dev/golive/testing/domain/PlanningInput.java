package dev.golive.testing.domain;

import dev.golive.problems.field.FieldViolation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * The checked and indexed input of a planner. Time is in whole epoch seconds: the window and each
 * slot are rounded inwards (a start up, an end down), so every assignment starts on a whole second
 * and stays inside what was given.
 */
final class PlanningInput {

    final List<Scenario> scenarios;
    final List<Tester> testers;
    final long windowStart;
    final long windowEnd;
    final int[] prerequisite;
    final int[][] dependents;
    final long[] seconds;
    final int[] capacityMinutes;
    /** Per tester, its slots as {@code [start, end)} in seconds, ordered by start; empty ones dropped. */
    final long[][][] slots;
    /** Per area ordinal, the testers who know it, in input order. */
    final int[][] testersFor;

    private PlanningInput(List<Scenario> scenarios, List<Tester> testers, long windowStart, long windowEnd) {
        this.scenarios = List.copyOf(scenarios);
        this.testers = List.copyOf(testers);
        this.windowStart = windowStart;
        this.windowEnd = windowEnd;
        int n = scenarios.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(scenarios.get(i).id(), i);
        }
        prerequisite = new int[n];
        seconds = new long[n];
        List<List<Integer>> deps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            deps.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            Scenario s = scenarios.get(i);
            prerequisite[i] = s.dependsOn() == null ? -1 : index.get(s.dependsOn());
            if (prerequisite[i] >= 0) {
                deps.get(prerequisite[i]).add(i);
            }
            seconds[i] = s.estimatedMinutes() * 60L;
        }
        dependents = deps.stream().map(d -> d.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        capacityMinutes = testers.stream().mapToInt(t -> t.maxHours() * 60).toArray();
        slots = testers.stream().map(t -> t.availability().stream()
                .map(s -> new long[] {ceilSeconds(s.start()), floorSeconds(s.end())})
                .filter(s -> s[0] < s[1])
                .sorted(Comparator.comparingLong(s -> s[0]))
                .toArray(long[][]::new)).toArray(long[][][]::new);
        BusinessArea[] areas = BusinessArea.values();
        testersFor = new int[areas.length][];
        for (BusinessArea area : areas) {
            List<Integer> who = new ArrayList<>();
            for (int t = 0; t < testers.size(); t++) {
                if (testers.get(t).knows(area)) {
                    who.add(t);
                }
            }
            testersFor[area.ordinal()] = who.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /**
     * @throws IllegalArgumentException for scenarios or testers that break their rules, or a window
     *         that does not start before it ends
     */
    static PlanningInput of(List<Scenario> scenarios, List<Tester> testers, Instant testingStart, Instant testingEnd) {
        Objects.requireNonNull(testingStart, "testingStart");
        Objects.requireNonNull(testingEnd, "testingEnd");
        if (!testingStart.isBefore(testingEnd)) {
            throw new IllegalArgumentException(
                    "the testing window must start (" + testingStart + ") before it ends (" + testingEnd + ")");
        }
        List<FieldViolation> invalid = new ArrayList<>(ScenarioRules.check(scenarios));
        invalid.addAll(TesterRules.check(testers));
        if (!invalid.isEmpty()) {
            throw new IllegalArgumentException("cannot plan invalid input: " + invalid);
        }
        return new PlanningInput(scenarios, testers, ceilSeconds(testingStart), floorSeconds(testingEnd));
    }

    int size() {
        return scenarios.size();
    }

    int[] testersFor(int scenario) {
        return testersFor[scenarios.get(scenario).area().ordinal()];
    }

    boolean critical(int scenario) {
        return scenarios.get(scenario).critical();
    }

    int minutes(int scenario) {
        return scenarios.get(scenario).estimatedMinutes();
    }

    /**
     * The scenarios in an order where each comes after its prerequisite: of those whose
     * prerequisite is already in the order, always the first by {@code priority}.
     */
    int[] topologicalOrder(Comparator<Integer> priority) {
        int n = size();
        PriorityQueue<Integer> ready = new PriorityQueue<>(priority);
        for (int i = 0; i < n; i++) {
            if (prerequisite[i] < 0) {
                ready.add(i);
            }
        }
        int[] order = new int[n];
        int k = 0;
        while (!ready.isEmpty()) {
            int i = ready.poll();
            order[k++] = i;
            for (int d : dependents[i]) {
                ready.add(d);
            }
        }
        if (k != n) {
            throw new IllegalStateException("dependency cycle slipped through the rules");
        }
        return order;
    }

    static long ceilSeconds(Instant i) {
        return i.getNano() == 0 ? i.getEpochSecond() : i.getEpochSecond() + 1;
    }

    static long floorSeconds(Instant i) {
        return i.getEpochSecond();
    }

}
