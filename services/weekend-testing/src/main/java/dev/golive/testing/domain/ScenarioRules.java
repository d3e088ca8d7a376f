package dev.golive.testing.domain;

import dev.golive.problems.field.FieldViolation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of a {@link Scenario}; violations name the field as in the JSON body, bare for one
 * scenario ({@code title}), with the position for a set ({@code scenarios[3].title}).
 * <ul>
 *   <li>a non-blank {@code id} of at most {@value #MAX_ID} characters;</li>
 *   <li>a non-blank {@code title} of at most {@value #MAX_TITLE} characters;</li>
 *   <li>{@code area} and {@code criticality} required;</li>
 *   <li>{@code estimatedMinutes} from {@value #MIN_MINUTES} to {@value #MAX_MINUTES};</li>
 *   <li>{@code dependsOn} optional; when given, not blank and not the scenario itself;</li>
 *   <li>in a set: no two scenarios share an id, {@code dependsOn} names a scenario of the set, and
 *       no chain of dependencies comes back to where it started (each cycle is reported once, on
 *       its first member in list order).</li>
 * </ul>
 */
public final class ScenarioRules {

    public static final int MAX_ID = 100;
    public static final int MAX_TITLE = 200;
    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 480;

    private ScenarioRules() {
    }

    public static List<FieldViolation> check(Scenario scenario) {
        if (scenario == null) {
            return List.of(new FieldViolation("scenario", "is required"));
        }
        return check(scenario, "");
    }

    /** Every violation of every scenario, in list order, then those of the set as a whole. */
    public static List<FieldViolation> check(List<Scenario> scenarios) {
        if (scenarios == null) {
            return List.of(new FieldViolation("scenarios", "is required"));
        }
        List<FieldViolation> v = new ArrayList<>();
        Map<String, Integer> firstWithId = new HashMap<>();
        for (int i = 0; i < scenarios.size(); i++) {
            String prefix = "scenarios[" + i + "]";
            Scenario s = scenarios.get(i);
            if (s == null) {
                v.add(new FieldViolation(prefix, "is required"));
                continue;
            }
            v.addAll(check(s, prefix + "."));
            if (present(s.id())) {
                Integer first = firstWithId.putIfAbsent(s.id(), i);
                if (first != null) {
                    v.add(new FieldViolation(prefix + ".id", "is the id of scenarios[" + first + "] too"));
                }
            }
        }
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario s = scenarios.get(i);
            if (s != null && present(s.dependsOn()) && !s.dependsOn().equals(s.id())
                    && !firstWithId.containsKey(s.dependsOn())) {
                v.add(new FieldViolation("scenarios[" + i + "].dependsOn",
                        "names no scenario of the set: \"" + s.dependsOn() + "\""));
            }
        }
        v.addAll(cycles(scenarios, firstWithId));
        return List.copyOf(v);
    }

    /**
     * Each scenario has at most one prerequisite, so the dependencies form chains; a chain either
     * ends or runs into a cycle. Walk each chain once, colouring as we go.
     */
    private static List<FieldViolation> cycles(List<Scenario> scenarios, Map<String, Integer> index) {
        int n = scenarios.size();
        int[] colour = new int[n]; // 0 unseen, 1 on the current walk, 2 done
        List<int[]> found = new ArrayList<>();
        for (int start = 0; start < n; start++) {
            if (colour[start] != 0) {
                continue;
            }
            List<Integer> walk = new ArrayList<>();
            int at = start;
            while (at >= 0 && colour[at] == 0) {
                colour[at] = 1;
                walk.add(at);
                at = next(scenarios, index, at);
            }
            if (at >= 0 && colour[at] == 1) {
                List<Integer> cycle = walk.subList(walk.indexOf(at), walk.size());
                found.add(cycle.stream().mapToInt(Integer::intValue).toArray());
            }
            walk.forEach(w -> colour[w] = 2);
        }
        List<FieldViolation> v = new ArrayList<>();
        for (int[] cycle : found) {
            int first = cycle[0];
            int firstPos = 0;
            for (int k = 1; k < cycle.length; k++) {
                if (cycle[k] < first) {
                    first = cycle[k];
                    firstPos = k;
                }
            }
            StringBuilder path = new StringBuilder();
            for (int k = 0; k <= cycle.length; k++) {
                path.append(k == 0 ? "" : " → ").append(scenarios.get(cycle[(firstPos + k) % cycle.length]).id());
            }
            v.add(new FieldViolation("scenarios[" + first + "].dependsOn", "forms a cycle: " + path));
        }
        v.sort((a, b) -> Integer.compare(position(a.field()), position(b.field())));
        return v;
    }

    /** The prerequisite's position, or -1 when there is none to follow (missing, unknown, or the scenario itself: reported elsewhere). */
    private static int next(List<Scenario> scenarios, Map<String, Integer> index, int at) {
        Scenario s = scenarios.get(at);
        if (s == null || !present(s.dependsOn()) || s.dependsOn().equals(s.id())) {
            return -1;
        }
        Integer to = index.get(s.dependsOn());
        return to == null ? -1 : to;
    }

    private static int position(String field) {
        return Integer.parseInt(field.substring(field.indexOf('[') + 1, field.indexOf(']')));
    }

    private static List<FieldViolation> check(Scenario s, String prefix) {
        List<FieldViolation> v = new ArrayList<>();
        text(v, prefix + "id", s.id(), MAX_ID);
        text(v, prefix + "title", s.title(), MAX_TITLE);
        if (s.area() == null) {
            v.add(new FieldViolation(prefix + "area", "is required"));
        }
        if (s.criticality() == null) {
            v.add(new FieldViolation(prefix + "criticality", "is required"));
        }
        if (s.estimatedMinutes() < MIN_MINUTES || s.estimatedMinutes() > MAX_MINUTES) {
            v.add(new FieldViolation(prefix + "estimatedMinutes",
                    "must be from " + MIN_MINUTES + " to " + MAX_MINUTES + ", was " + s.estimatedMinutes()));
        }
        if (s.dependsOn() != null) {
            if (s.dependsOn().isBlank()) {
                v.add(new FieldViolation(prefix + "dependsOn", "must not be blank; leave it out for no prerequisite"));
            } else if (s.dependsOn().equals(s.id())) {
                v.add(new FieldViolation(prefix + "dependsOn", "must not be the scenario itself"));
            }
        }
        return v;
    }

    private static void text(List<FieldViolation> v, String field, String value, int max) {
        if (!present(value)) {
            v.add(new FieldViolation(field, "is required"));
        } else if (value.length() > max) {
            v.add(new FieldViolation(field, "must be at most " + max + " characters, was " + value.length()));
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
