package dev.golive.runbook.domain;

import dev.golive.problems.field.FieldViolation;
import dev.golive.problems.json.TextRules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tasks of one list as a graph of finish-to-start dependencies, indexed once per change of the
 * plan: every computation over it (planning, projection) is then one pass in topological order,
 * linear in tasks plus dependencies.
 */
public final class TaskGraph {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_KEY = 100;
    public static final int MAX_OWNER_NAME = 200;

    private final List<TaskSpec> tasks;
    private final Map<String, Integer> index;
    /** deps[i]: the indexes of the tasks task i waits for. */
    private final int[][] deps;
    /** Task indexes in topological order (ties: the order the tasks were given in). */
    private final int[] order;

    private TaskGraph(List<TaskSpec> tasks, Map<String, Integer> index, int[][] deps, int[] order) {
        this.tasks = tasks;
        this.index = index;
        this.deps = deps;
        this.order = order;
    }

    /**
     * The graph of {@code tasks}, which must be valid ({@link #violations}).
     *
     * @throws IllegalArgumentException on a cycle or a dependency on a missing task
     */
    public static TaskGraph of(List<TaskSpec> tasks) {
        List<TaskSpec> copy = List.copyOf(tasks);
        Map<String, Integer> index = new HashMap<>(copy.size() * 2);
        for (int i = 0; i < copy.size(); i++) {
            index.put(copy.get(i).id(), i);
        }
        int[][] deps = new int[copy.size()][];
        for (int i = 0; i < copy.size(); i++) {
            List<String> names = copy.get(i).dependsOn();
            deps[i] = new int[names.size()];
            for (int d = 0; d < names.size(); d++) {
                Integer at = index.get(names.get(d));
                if (at == null) {
                    throw new IllegalArgumentException("task " + copy.get(i).title() + " depends on missing " + names.get(d));
                }
                deps[i][d] = at;
            }
        }
        int[] order = topologicalOrder(deps);
        if (order == null) {
            throw new IllegalArgumentException("the tasks' dependencies form a cycle");
        }
        return new TaskGraph(copy, index, deps, order);
    }

    /** Kahn's algorithm; null when some tasks are left over (they are on or behind a cycle). */
    private static int[] topologicalOrder(int[][] deps) {
        int n = deps.length;
        int[] waiting = new int[n];
        int[] dependantCount = new int[n];
        for (int i = 0; i < n; i++) {
            waiting[i] = deps[i].length;
            for (int d : deps[i]) {
                dependantCount[d]++;
            }
        }
        int[][] dependants = new int[n][];
        for (int i = 0; i < n; i++) {
            dependants[i] = new int[dependantCount[i]];
        }
        int[] filled = new int[n];
        for (int i = 0; i < n; i++) {
            for (int d : deps[i]) {
                dependants[d][filled[d]++] = i;
            }
        }
        // A priority on the given order keeps the result stable for a person reading the plan.
        java.util.PriorityQueue<Integer> ready = new java.util.PriorityQueue<>();
        for (int i = 0; i < n; i++) {
            if (waiting[i] == 0) {
                ready.add(i);
            }
        }
        int[] order = new int[n];
        int count = 0;
        while (!ready.isEmpty()) {
            int next = ready.poll();
            order[count++] = next;
            for (int dependant : dependants[next]) {
                if (--waiting[dependant] == 0) {
                    ready.add(dependant);
                }
            }
        }
        return count == n ? order : null;
    }

    /**
     * What is wrong with a list of tasks, each violation naming its field ({@code <prefix>[i].title},
     * {@code <prefix>[i].dependsOn}…): texts too long or holding control characters, a missing title,
     * owner or duration, a dependency on a task that does not exist (named), a cycle (the titles of
     * the tasks on it, in order).
     */
    public static List<FieldViolation> violations(List<TaskSpec> tasks, String prefix) {
        List<FieldViolation> found = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < tasks.size(); i++) {
            index.put(tasks.get(i).id(), i);
        }
        for (int i = 0; i < tasks.size(); i++) {
            TaskSpec task = tasks.get(i);
            String at = prefix + "[" + i + "].";
            text(found, at + "title", task.title(), MAX_TITLE, true);
            text(found, at + "description", task.description(), MAX_DESCRIPTION, false);
            text(found, at + "key", task.key(), MAX_KEY, false);
            if (task.key() != null && !keys.add(task.key())) {
                found.add(new FieldViolation(at + "key", "'" + task.key() + "' is used by another task"));
            }
            if (task.owner() == null || task.owner().kind() == null) {
                found.add(new FieldViolation(at + "owner", "is required: {kind: PERSON|ROLE|AUTOMATED, name}"));
            } else {
                text(found, at + "owner.name", task.owner().name(), MAX_OWNER_NAME, true);
            }
            if (task.expectedDuration().isNegative()) {
                found.add(new FieldViolation(at + "expectedDuration", "must not be negative"));
            }
            for (int c = 0; c < task.checklist().size(); c++) {
                text(found, at + "checklist[" + c + "]", task.checklist().get(c).title(), MAX_TITLE, true);
            }
            for (String dep : task.dependsOn()) {
                if (!index.containsKey(dep)) {
                    found.add(new FieldViolation(at + "dependsOn", "'" + dep + "' is not a task of this runbook"));
                } else if (dep.equals(task.id())) {
                    found.add(new FieldViolation(at + "dependsOn", "'" + task.title() + "' cannot depend on itself"));
                }
            }
        }
        if (found.stream().noneMatch(v -> v.field().endsWith(".dependsOn"))) {
            List<String> cycle = cycle(tasks, index);
            if (!cycle.isEmpty()) {
                int first = index.get(cycle.get(0));
                found.add(new FieldViolation(prefix + "[" + first + "].dependsOn", "the dependencies form a cycle: "
                        + String.join(" → ", cycle.stream().map(id -> tasks.get(index.get(id)).title()).toList())
                        + " → " + tasks.get(first).title()));
            }
        }
        return found;
    }

    /** One cycle's task ids in dependency order (empty when there is none); iterative DFS. */
    private static List<String> cycle(List<TaskSpec> tasks, Map<String, Integer> index) {
        int n = tasks.size();
        byte[] state = new byte[n]; // 0 new, 1 on the stack, 2 done
        int[] next = new int[n];
        int[] parent = new int[n];
        Arrays.fill(parent, -1);
        for (int root = 0; root < n; root++) {
            if (state[root] != 0) {
                continue;
            }
            ArrayDeque<Integer> stack = new ArrayDeque<>();
            stack.push(root);
            state[root] = 1;
            while (!stack.isEmpty()) {
                int node = stack.peek();
                List<String> deps = tasks.get(node).dependsOn();
                if (next[node] < deps.size()) {
                    int dep = index.get(deps.get(next[node]++));
                    if (state[dep] == 1) {
                        LinkedHashSet<String> path = new LinkedHashSet<>();
                        for (int at = node; at != dep; at = parent[at]) {
                            path.add(tasks.get(at).id());
                        }
                        path.add(tasks.get(dep).id());
                        List<String> reversed = new ArrayList<>(path);
                        java.util.Collections.reverse(reversed);
                        return reversed;
                    }
                    if (state[dep] == 0) {
                        state[dep] = 1;
                        parent[dep] = node;
                        stack.push(dep);
                    }
                } else {
                    state[node] = 2;
                    stack.pop();
                }
            }
        }
        return List.of();
    }

    private static void text(List<FieldViolation> found, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                found.add(new FieldViolation(field, "is required"));
            }
            return;
        }
        String violation = TextRules.violation(value, max);
        if (violation != null) {
            found.add(new FieldViolation(field, violation));
        }
    }

    public List<TaskSpec> tasks() {
        return tasks;
    }

    public int size() {
        return tasks.size();
    }

    public TaskSpec task(int i) {
        return tasks.get(i);
    }

    public int indexOf(String id) {
        Integer at = index.get(id);
        return at == null ? -1 : at;
    }

    int[] deps(int i) {
        return deps[i];
    }

    int[] order() {
        return order;
    }

    /** The index of the task observing {@code fact}, or -1. */
    public int observing(dev.golive.contracts.cutover.WeekendFact fact) {
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i).observes() == fact) {
                return i;
            }
        }
        return -1;
    }
}
