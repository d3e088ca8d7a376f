package dev.golive.console.page;

import dev.golive.console.backend.RunbookClient;
import dev.golive.console.runbook.RunbookTask;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The runbook tasks the signed-in person owns (by name, or by a role they hold) and has not finished,
 * across the cutovers whose weekend is close: running or within {@link #AHEAD}. Only those
 * cutovers' runbooks are read, so the landing page asks the runbook service a handful of times at
 * most; the calendar feed covers everything further away.
 */
@RequestScoped
public class MyRunbookTasks {

    static final Duration AHEAD = Duration.ofDays(14);

    /** One of my tasks, with the cutover it belongs to. */
    @TemplateData
    public record Mine(Map<String, Object> cutover, String zone, RunbookTask task) {
    }

    /** What was found, and whether the runbook service answered. */
    @TemplateData
    public record Found(List<Mine> tasks, Section<?> unanswered) {
    }

    private final RunbookClient runbook;
    private final Viewer viewer;

    public MyRunbookTasks(@RestClient RunbookClient runbook, Viewer viewer) {
        this.runbook = runbook;
        this.viewer = viewer;
    }

    Found of(List<CalendarEntry> entries, Instant now) {
        List<Mine> mine = new ArrayList<>();
        Section<?> unanswered = null;
        for (CalendarEntry entry : entries) {
            if (!entry.scheduled() || entry.start().isAfter(now.plus(AHEAD))) {
                continue;
            }
            String id = String.valueOf(entry.cutover().get("id"));
            Section<Map<String, Object>> section = Section.of(RunbookPage.RUNBOOK, () -> runbook.runbook(id));
            if (section.unavailable()) {
                unanswered = section;
                break; // not answering: asking again for the next cutover would only make the page slower
            }
            if (!section.ok()) {
                continue; // no runbook yet, or not a member
            }
            boolean rollback = Boolean.TRUE.equals(section.data().get("rollbackActive"));
            String zone = String.valueOf(section.data().getOrDefault("zone", entry.cutover().get("zone")));
            for (RunbookTask task : RunbookTask.all(section.data().get(rollback ? "rollbackTasks" : "tasks"))) {
                if (!task.settled() && task.ownedBy(viewer.username(), viewer.roleNames())) {
                    mine.add(new Mine(entry.cutover(), zone, task));
                }
            }
        }
        return new Found(List.copyOf(mine), unanswered);
    }
}
