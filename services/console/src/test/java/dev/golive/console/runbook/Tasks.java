package dev.golive.console.runbook;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Task views as the runbook service answers them, built up for the tests. */
final class Tasks {

    private final Map<String, Object> view = new HashMap<>();

    private Tasks(String id, String title) {
        view.put("taskId", id);
        view.put("title", title);
        view.put("status", RunbookTask.PLANNED);
        view.put("owner", Map.of("kind", "ROLE", "name", "on-call"));
        view.put("dependsOn", List.of());
        view.put("expectedDuration", "PT1H");
    }

    static Tasks task(String id, String title) {
        return new Tasks(id, title);
    }

    Tasks status(String status) {
        view.put("status", status);
        return this;
    }

    Tasks dependsOn(String... ids) {
        view.put("dependsOn", List.of(ids));
        return this;
    }

    Tasks expected(String duration) {
        view.put("expectedDuration", duration);
        return this;
    }

    Tasks planned(String start, String finish) {
        view.put("plannedStart", start);
        view.put("plannedFinish", finish);
        view.putIfAbsent("projectedStart", start);
        view.putIfAbsent("projectedFinish", finish);
        return this;
    }

    Tasks projected(String start, String finish) {
        view.put("projectedStart", start);
        view.put("projectedFinish", finish);
        return this;
    }

    Tasks actual(String start, String finish) {
        view.put("actualStart", start);
        view.put("actualFinish", finish);
        return this;
    }

    Tasks overdue() {
        view.put("overdue", true);
        return this;
    }

    RunbookTask build() {
        return RunbookTask.from(view);
    }

    static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
