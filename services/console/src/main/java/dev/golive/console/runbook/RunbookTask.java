package dev.golive.console.runbook;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One task of a cutover's runbook as the runbook service answers it (its {@code TaskView}), with the
 * fields the board and the chart reason about typed; {@link #view()} keeps the whole answer for the
 * page (description, checklist, evidence…).
 */
public record RunbookTask(String taskId, String title, String ownerKind, String ownerName, String status,
                          List<String> dependsOn, Duration expectedDuration,
                          Instant plannedStart, Instant plannedFinish, Instant actualStart, Instant actualFinish,
                          Instant projectedStart, Instant projectedFinish,
                          boolean critical, boolean overdue, boolean mayAct, Map<String, Object> view) {

    public static final String PLANNED = "PLANNED";
    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";
    public static final String SKIPPED = "SKIPPED";

    /** Reads a {@code TaskView} (as JSON read into maps); what is missing stays null. */
    @SuppressWarnings("unchecked")
    public static RunbookTask from(Map<String, Object> view) {
        Map<String, Object> owner = view.get("owner") instanceof Map<?, ?> o ? (Map<String, Object>) o : Map.of();
        List<String> dependsOn = new ArrayList<>();
        if (view.get("dependsOn") instanceof List<?> ids) {
            ids.forEach(id -> dependsOn.add(String.valueOf(id)));
        }
        return new RunbookTask(text(view.get("taskId")), text(view.get("title")), text(owner.get("kind")),
                text(owner.get("name")), text(view.get("status")), List.copyOf(dependsOn),
                duration(view.get("expectedDuration")),
                instant(view.get("plannedStart")), instant(view.get("plannedFinish")),
                instant(view.get("actualStart")), instant(view.get("actualFinish")),
                instant(view.get("projectedStart")), instant(view.get("projectedFinish")),
                Boolean.TRUE.equals(view.get("critical")), Boolean.TRUE.equals(view.get("overdue")),
                Boolean.TRUE.equals(view.get("mayAct")), view);
    }

    public static List<RunbookTask> all(Object views) {
        List<RunbookTask> tasks = new ArrayList<>();
        if (views instanceof List<?> list) {
            for (Object view : list) {
                if (view instanceof Map<?, ?> map) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> task = (Map<String, Object>) map;
                    tasks.add(from(task));
                }
            }
        }
        return tasks;
    }

    /** Finished one way or another: what depends on it may start. */
    public boolean settled() {
        return DONE.equals(status) || SKIPPED.equals(status);
    }

    public boolean running() {
        return RUNNING.equals(status);
    }

    public boolean planned() {
        return PLANNED.equals(status);
    }

    /** Owned by this person: named, or holding the named role (the ops lead may act on any task, but does not own them all). */
    public boolean ownedBy(String username, java.util.Collection<String> roles) {
        return "PERSON".equals(ownerKind) && ownerName != null && ownerName.equals(username)
                || "ROLE".equals(ownerKind) && ownerName != null && roles.contains(ownerName);
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value.toString());
        } catch (DateTimeParseException notAnInstant) {
            return null;
        }
    }

    static Duration duration(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return Duration.parse(value.toString());
        } catch (DateTimeParseException notADuration) {
            return null;
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
